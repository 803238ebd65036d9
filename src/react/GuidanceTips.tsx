import { type ComponentPropsWithoutRef, forwardRef, type Ref } from 'react';
import { type Service, TIPS, type Tip } from '../core/catalogue';
import { isArray } from '../core/input';
import { tipKey } from '../core/keys';
import { glyph, useTipGlyphs } from './icons';
import { type LocalizedTip, useFaceIdGuidance } from './useFaceIdGuidance';

interface TipListProps extends ComponentPropsWithoutRef<'ul'> {
  tips: readonly LocalizedTip[];
  listRef?: Ref<HTMLUListElement>;
}

/** Localized tips, each with its illustration. Renders nothing when there are none. */
export function TipList({ tips, className, listRef, ...rest }: TipListProps) {
  const glyphs = useTipGlyphs();
  if (tips.length === 0) return null;
  return (
    <ul
      {...rest}
      ref={listRef}
      className={
        typeof className === 'string' && className ? `faceid-tips ${className}` : 'faceid-tips'
      }
    >
      {tips.map(({ tip, text }) => (
        <li key={tip} className="faceid-tip" data-tip={tip}>
          {glyph(glyphs?.[tip])}
          <span>{text}</span>
        </li>
      ))}
    </ul>
  );
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
export const GuidanceTips = /* @__PURE__ */ forwardRef<HTMLUListElement, GuidanceTipsProps>(
  function GuidanceTips({ code, service, tips, lng, ...rest }, ref) {
    const guidance = useFaceIdGuidance(code, { service, lng });
    if (!guidance.ready) return null;
    // A list of known tips (a JavaScript caller may pass anything: a string, `null`, unknown names).
    const localized = isArray(tips)
      ? tips
          .filter((tip) => TIPS.includes(tip))
          .map((tip) => ({ tip, text: guidance.text(tipKey(tip)) }))
      : guidance.tips;
    return <TipList lang={guidance.language} {...rest} tips={localized} listRef={ref} />;
  },
);
