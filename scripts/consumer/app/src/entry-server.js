import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.js';

/** @param {string} lng */
export function render(lng) {
  return renderToString(createElement(App, { lng }));
}
