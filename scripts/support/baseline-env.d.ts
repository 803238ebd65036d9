// What the browser code reads of the bundler's environment under the baseline type-check
// (tsconfig.baseline.json), where Node's types are left out: bundlers replace this expression.
declare const process: { readonly env: { readonly NODE_ENV?: string } };
