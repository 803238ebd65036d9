// The example's server: renders the page with React on Node (ES modules, faceid-guidance's
// `import` entry) and serves the webpack bundle from dist/ under /static/.
// PORT (default 3000); NODE_ENV=production for React's production build.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './src/App.js';
import { loadCatalogue, pickLanguage } from './src/catalogues.js';

const dist = join(import.meta.dirname, 'dist');
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** The escaped form of a value inside an HTML attribute. @param {string} value */
const attribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** The files of the `main` entry, in order, as webpack's stats list them (`npm run build`). */
async function entryScripts() {
  const stats = JSON.parse(await readFile(join(dist, 'stats.json'), 'utf8'));
  return stats.entrypoints.main.assets.map((asset) => asset.name);
}

async function page(url) {
  const lng = pickLanguage(url.searchParams.get('lng'));
  const code = url.searchParams.get('code') ?? '';
  const resources = { [lng]: await loadCatalogue(lng) };
  const html = renderToString(createElement(App, { code, lng, resources }));
  // The entry's first download: its script and the chunks it shares with the other entry.
  const scripts = (await entryScripts())
    .map((src) => `<script src="/static/${attribute(src)}"></script>`)
    .join('');
  return `<!doctype html>
<html lang="${attribute(lng)}">
<head><meta charset="utf-8"><title>faceid-guidance with webpack</title></head>
<body><div id="root">${html}</div>${scripts}</body>
</html>`;
}

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  try {
    if (url.pathname.startsWith('/static/')) {
      const file = normalize(join(dist, url.pathname.slice('/static/'.length)));
      if (!file.startsWith(dist)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } else if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(await page(url));
    } else {
      response.writeHead(404).end();
    }
  } catch (error) {
    response.writeHead(error?.code === 'ENOENT' ? 404 : 500).end();
  }
}).listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${process.env.PORT ?? 3000}/`);
});
