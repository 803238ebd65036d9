import 'faceid-guidance/styles.css';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.js';
import { loadCatalogue } from './catalogues.js';

// What the server rendered with: the page's language and code, from the URL.
const params = new URL(window.location.href).searchParams;
const lng = document.documentElement.lang;
const code = params.get('code') ?? '';
// Hydrate with the catalogue the server used, so the first client render matches its markup.
const resources = { [lng]: await loadCatalogue(lng) };
hydrateRoot(document.getElementById('root'), createElement(App, { code, lng, resources }));
