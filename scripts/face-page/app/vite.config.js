import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The peers, each group a vendor chunk of its own, weighed apart from what the library adds: React
// (both pages) and i18next (the library's page only: the hand-written page does not download it).
const REACT = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;
const I18N =
  /[\\/]node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/;

/**
 * Both pages' first script, before any other: records, against navigation start, each text the
 * page's first <h2> takes (`dom`: when the node holds it; `frame`: the next animation frame, when
 * it is painted) in `window.__titles`.
 */
const TITLE_OBSERVER = `(function () {
  var seen = (window.__titles = []);
  var last = null;
  new MutationObserver(function () {
    var node = document.querySelector('h2');
    var text = node ? node.textContent : null;
    if (text === last) return;
    last = text;
    var entry = { text: text, dom: performance.now(), frame: 0 };
    seen.push(entry);
    requestAnimationFrame(function () {
      entry.frame = performance.now();
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

const page = (name) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  plugins: [
    {
      name: 'title-observer',
      transformIndexHtml: () => [
        { tag: 'script', children: TITLE_OBSERVER, injectTo: 'head-prepend' },
      ],
    },
  ],
  build: {
    // Maps for the module breakdown, with no comment pointing at them in the chunks (no bytes).
    sourcemap: 'hidden',
    rolldownOptions: {
      input: { library: page('index.html'), hand: page('hand.html') },
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: REACT },
            { name: 'vendor-i18n', test: I18N },
          ],
        },
      },
    },
  },
});
