import type { ComponentPropsWithoutRef } from 'react';
import { type Service, TIPS, type Tip } from '../core/catalogue';
import { tipKey } from '../core/keys';
import { glyph, useTipGlyphs } from './icons';
import { type LocalizedTip, useFaceIdGuidance } from './useFaceIdGuidance';

interface TipListProps extends ComponentPropsWithoutRef<'ul'> {
  tips: readonly LocalizedTip[];
}

/** Localized tips, each with its illustration. Renders nothing when there are none. */
export function TipList({ tips, className, ...rest }: TipListProps) {
  const glyphs = useTipGlyphs();
  if (tips.length === 0) return null;
  // Not `<ul {...rest} className=…>`: see `rootProps` in GuidanceBanner.
  const list = Object.assign({}, rest, {
    className: className ? `faceid-tips ${className}` : 'faceid-tips',
    children: tips.map(({ tip, text }) => (
      <li key={tip} className="faceid-tip" data-tip={tip}>
        {glyph(glyphs?.[tip])}
        <span>{text}</span>
      </li>
    )),
  });
  return <ul {...list} />;
}

export interface GuidanceTipsProps extends ComponentPropsWithoutRef<'ul'> {
  /** A response code (any raw value): shows that code's tips. */
  code?: unknown;
  /** The service the code is read in. @default 'faceVerify' */
  service?: Service;
  /** Tips to show instead of (or without) a code's. */
  tips?: readonly Tip[];
  /** Overrides the provider's language. */
  lng?: string;
}

/**
 * The guidance tips on their own — for a code, or a chosen list — each with its illustration.
 *
 * @example <GuidanceTips code="-5018" />
 * @example <GuidanceTips tips={['light', 'faceInFrame']} />
 */
export function GuidanceTips({ code, service, tips, lng, ...rest }: GuidanceTipsProps) {
  const guidance = useFaceIdGuidance(code, { service, lng });
  if (!guidance.ready) return null;
  const localized = tips
    ? tips
        .filter((tip) => TIPS.includes(tip))
        .map((tip) => ({ tip, text: guidance.text(tipKey(tip)) }))
    : guidance.tips;
  return <TipList {...Object.assign({ lang: guidance.language }, rest, { tips: localized })} />;
}
