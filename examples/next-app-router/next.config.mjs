/** @type {import('next').NextConfig} */
export default {
  // The example is its own project (its own lockfile), not a part of the repository around it.
  outputFileTracingRoot: import.meta.dirname,
  poweredByHeader: false,
};
