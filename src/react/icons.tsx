import { useSyncExternalStore } from 'react';
import type { Tip } from '../core/catalogue';

let glyphs: Readonly<Record<Tip, string>> | undefined;
let loading: Promise<void> | undefined;
const listeners = /* @__PURE__ */ new Set<() => void>();

/**
 * Loads the tip drawings (1.4 KB gzipped, a chunk of their own: they are decorative, so a page's
 * first download need not wait for them). The components start this when they first show a tip;
 * call it earlier to have the drawings at hand. Never rejects; a failed load is tried again on the
 * next call.
 */
export function loadFaceIdIcons(): Promise<void> {
  loading ??= import('./glyphs').then(
    (module) => {
      glyphs = module.GLYPHS;
      for (const listener of listeners) listener();
    },
    () => {
      loading = undefined;
    },
  );
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  void loadFaceIdIcons();
  return () => {
    listeners.delete(listener);
  };
};

/**
 * The tip drawings, once loaded. The server, and a client while hydrating, render none, so that
 * their markup always agrees; the boxes keep their size (CSS), and the drawings fill in after.
 */
export function useTipGlyphs(): Readonly<Record<Tip, string>> | undefined {
  return useSyncExternalStore(
    subscribe,
    () => glyphs,
    () => undefined,
  );
}

/**
 * A 24 × 24 line drawing: a tip's illustration or a status mark. Decorative: the text beside it
 * carries the meaning. A function, not a component: one fewer layer for React per icon.
 */
export function glyph(d: string | undefined) {
  return (
    <svg
      className="faceid-icon"
      viewBox="0 0 24 24"
      // Sized by its own attributes too: engines without :where() drop the stylesheet's sizes.
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}

// Small enough to ship with the components: the mark beside every message's title.
const STATUS: Record<'success' | 'error' | 'warning', string> = {
  success: 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0-20 0M7 12.5l3.5 3.5L17 9',
  error: 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0-20 0M12 7v6M12 16.5v.5',
  warning: 'M12 3l10 18H2zM12 10v5M12 18v.5',
};

/** The mark beside a message's title. */
export function statusGlyph(kind: keyof typeof STATUS) {
  return glyph(STATUS[kind]);
}
