// The locale imports that `scripts/vite-plugin-faceid-locales.ts` serves.
declare module '*/faceid.json?packed' {
  const packed: readonly (readonly (string | null)[])[];
  export default packed;
}
declare module '*/faceid.json?developer' {
  const diagnostics: { readonly developer: Readonly<Record<string, string>> };
  export default diagnostics;
}
