/**
 * Whether the host runs a development build. Bundlers replace `process.env.NODE_ENV`; in a page
 * without a bundler `process` does not exist and the library behaves as in production.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}
