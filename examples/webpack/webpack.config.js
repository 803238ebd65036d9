// The page's bundle: webpack 5 with its defaults (`--mode production` or `--mode development`,
// which sets `process.env.NODE_ENV`). Locales load on demand: each is a chunk of its own.
import { resolve } from 'node:path';

const root = import.meta.dirname;

export default (_env, { mode = 'production' }) => ({
  target: 'web',
  entry: {
    // An ES module host…
    main: './src/client.js',
    // …and, in development builds, a CommonJS one (`require`, as Babel's modules: commonjs
    // writes), built but not served: scripts/examples/run.mjs checks that its first download holds
    // no locale either. (Production splits the same way; its minification would double the time.)
    ...(mode === 'development' ? { 'cjs-host': './src/cjs-host.cjs' } : {}),
  },
  output: {
    path: resolve(root, 'dist'),
    filename: '[name].js',
    chunkFilename: 'chunks/[name].[contenthash:8].js',
    publicPath: '/static/',
    clean: true,
  },
  module: {
    rules: [{ test: /\.css$/, use: ['style-loader', 'css-loader'] }],
  },
  // The two entries share React and faceid-guidance: one copy of each, minified once.
  optimization: { splitChunks: { chunks: 'all' } },
  devtool: false,
  performance: { hints: false },
});
