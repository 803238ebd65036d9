export interface NestedCatalogue {
  readonly [key: string]: string | NestedCatalogue;
}
export type LocaleFile = 'face' | 'card' | 'results' | 'developer';
export const LOCALE_FILES: readonly LocaleFile[];
export function shippedLocales(root: string): string[];
export function baseLocale(root: string, lng: string): string | undefined;
export function readJson(file: string): NestedCatalogue;
export function localeSources(root: string, lng: string, file: LocaleFile): string[];
export function mergeLocaleFiles(catalogues: readonly NestedCatalogue[]): NestedCatalogue;
export function localeEntryPoints(root: string): string[];
export function readLocaleFile(root: string, lng: string, file: LocaleFile): NestedCatalogue;
export function readLocale(root: string, lng: string): NestedCatalogue;
