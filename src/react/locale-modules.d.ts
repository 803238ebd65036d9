// The locale imports that `scripts/vite-plugin-faceid-locales.ts` serves.
declare module '*.json?faceid' {
  interface Nested {
    readonly [key: string]: string | Nested;
  }
  const strings: Nested;
  export default strings;
}
declare module 'virtual:faceid-guidance/locale/*' {
  interface Nested {
    readonly [key: string]: string | Nested;
  }
  const resources: {
    readonly faceid: Nested;
    readonly 'faceid-card': Nested;
    readonly 'faceid-results': Nested;
  };
  export default resources;
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
  /** How many keys (plural forms counted once) each namespace has. */
  export const CHECKLIST_FLOOR: Readonly<Record<string, readonly string[]>>;
  export const KEY_COUNTS: Readonly<Record<string, number>>;
}
