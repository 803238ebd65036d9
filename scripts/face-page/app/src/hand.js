import { createElement as h, use } from 'react';
import { createRoot } from 'react-dom/client';
// Written by scripts/face-page/run.mjs: the keys the library reads for -5018 (`describeCode`),
// and the English face strings, locales/en/face.json as it is.
import KEYS from './keys.json';
import './hand.css';

// What a hand-written page does: the strings are a chunk of their own, their download started
// before the first render; the page shows the same title, description, retry label and tips.
const strings = import('./en.json').then((module) => module.default);
const at = (catalogue, key) => key.split('.').reduce((node, part) => node[part], catalogue);

function Banner() {
  const text = use(strings);
  return h(
    'div',
    { className: 'banner', role: 'alert' },
    h('h2', null, at(text, KEYS.title)),
    h('p', null, at(text, KEYS.description)),
    h('button', { type: 'button', onClick: () => history.back() }, at(text, KEYS.retry)),
    h(
      'ul',
      null,
      KEYS.tips.map((key) => h('li', { key }, at(text, key))),
    ),
  );
}

createRoot(document.getElementById('root')).render(h(Banner));
