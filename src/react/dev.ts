/**
 * Whether the host runs a development build. Bundlers replace `process.env.NODE_ENV`; in a page
 * without a bundler `process` does not exist and the library behaves as in production.
 */
/** Only what the library reads of Node's `process`: a bundler's replacement target. */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}
