// The shipped locales, `locales/<lng>/` folders: served by `scripts/vite-plugin-faceid-locales.ts`.
declare module 'virtual:faceid-guidance/locales' {
  const languages: readonly string[];
  export default languages;
}
