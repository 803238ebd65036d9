import { useSyncExternalStore } from 'react';
import type { Tip } from '../core/catalogue';
import type { CodeDescription } from '../core/describe';

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

/**
 * What kind of outcome a reading is, for its mark and colour (`data-tone`): a problem the person
 * can fix with another attempt (`capture`: light, framing, a photo, a timeout), a problem of the
 * identity or document (`identity`: the details, the card, a face that did not match the record), a fault of the service or a wait (`service`), a stop that
 * another attempt here cannot get past (`stop`: support only, not today), and `success`.
 */
export type Tone = 'capture' | 'identity' | 'service' | 'stop' | 'success';

export function toneOf({ kind, audience, retry, tips }: CodeDescription): Tone {
  if (kind === 'success') return kind;
  // An OCR warning is a remark on the photo.
  if (kind === 'warning') return 'capture';
  const { type } = retry;
  if (type === 'contactSupport' || type === 'notToday' || type === 'none') return 'stop';
  // The details, the document, or a face that did not match the record: not the capture.
  if (audience === 'identity' || type === 'otherDocument' || tips[0] === 'selfOnly') {
    return 'identity';
  }
  if (audience === 'integrator' || type === 'wait' || tips.every((tip) => tip === 'network')) {
    return 'service';
  }
  return 'capture';
}

const RING = 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0-20 0';

// Small enough to ship with the components: the mark beside every message's title, one per tone
// (a clock for a wait), and the warning triangle of the checklist's findings.
const MARKS: Record<Tone | 'wait' | 'warning', string> = {
  success: `${RING}M7 12.5l3.5 3.5L17 9`,
  capture: 'M3 7h4l2-3h6l2 3h4v13H3zM8 13a4 4 0 1 0 8 0a4 4 0 1 0-8 0',
  identity:
    'M2 5h20v14H2zM5 16c0-2 1.5-3.5 3.5-3.5S12 14 12 16M7 9.5a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M15 10h4M15 14h4',
  service: 'M7 19a5 5 0 0 1-.5-10A6.5 6.5 0 0 1 19 10.5 4.3 4.3 0 0 1 18 19zM12 10v4M12 16.5v.5',
  wait: `${RING}M12 6v6l4 2`,
  stop: `${RING}M5 5l14 14`,
  warning: 'M12 3l10 18H2zM12 10v5M12 18v.5',
};

/** The mark beside a message's title, drawn large on top of a `layout="screen"` page. */
export function statusGlyph(mark: keyof typeof MARKS) {
  return glyph(MARKS[mark]);
}
