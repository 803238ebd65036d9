// The locale imports that `scripts/vite-plugin-faceid-locales.ts` serves.
declare module '*.json?packed' {
  const packed: readonly (string | Readonly<Partial<Record<string, string>>> | null)[];
  export default packed;
}
declare module '*/developer.json?developer' {
  const diagnostics: { readonly developer: Readonly<Record<string, string>> };
  export default diagnostics;
}
declare module 'virtual:faceid-guidance/locale/*' {
  const catalogue: readonly (readonly (
    | string
    | Readonly<Partial<Record<string, string>>>
    | null
  )[])[];
  export default catalogue;
}
declare module 'virtual:faceid-guidance/catalogues' {
  interface Nested {
    readonly [key: string]: string | Nested;
  }
  const catalogues: Readonly<Record<string, Nested>>;
  export default catalogues;
}
declare module 'virtual:faceid-guidance/floor' {
  const floor: Readonly<Record<string, readonly string[]>>;
  export default floor;
}
