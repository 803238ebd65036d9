// ESM: runs the server bundle built by `vite build --ssr`, which imports faceid-guidance from
// node_modules (Node's `import` condition), and writes what it rendered as JSON.
import { writeFileSync } from 'node:fs';
import { render } from './dist/server/entry-server.js';

writeFileSync(
  process.argv[2] ?? 'render-esm.json',
  JSON.stringify({
    resolved: import.meta.resolve('faceid-guidance'),
    html: { 'zh-CN': render('zh-CN'), en: render('en') },
  }),
);
