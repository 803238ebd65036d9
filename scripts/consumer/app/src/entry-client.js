import 'faceid-guidance/styles.css';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.js';

const root = document.getElementById('root');
if (root) hydrateRoot(root, createElement(App, { lng: document.documentElement.lang }));
