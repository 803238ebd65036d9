import type { Meta, StoryObj } from '@storybook/react-vite';
import { type CSSProperties, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { expect, waitFor, within } from 'storybook/test';
import { FaceIdResultBanner } from '../src/react/FaceIdResultBanner';
import { FaceVerifyErrorBanner } from '../src/react/FaceVerifyErrorBanner';
import { GuidanceTips } from '../src/react/GuidanceTips';
import { OcrErrorBanner } from '../src/react/OcrErrorBanner';
import { OcrWarningList } from '../src/react/OcrWarningList';
import stylesheet from '../src/react/styles.css?inline';
import { FIXED_NOW } from './support/fixtures';
import { isPseudoLocale } from './support/locales';

const noop = () => {};

/** One of each: the states whose colours, sizes and wrapping matter most on a small phone. */
function Overview() {
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <FaceVerifyErrorBanner code="-5018" orderNo="FACE20250301000042" onRetry={noop} />
      <FaceVerifyErrorBanner
        code="400504"
        now={FIXED_NOW}
        retryAt={FIXED_NOW + 9 * 60_000 + 5_000}
        onRetry={noop}
      />
      <FaceVerifyErrorBanner code="-5018" attempt={3} onRetry={noop} onContactSupport={noop} />
      <FaceVerifyErrorBanner code="66660010" onEditDetails={noop} />
      <OcrErrorBanner service="idCardOcr" code="66661006" onRetake={noop} />
      <OcrWarningList
        service="idCardOcr"
        side="front"
        warnings="11010100"
        onRetake={noop}
        onContinue={noop}
      />
      <OcrWarningList service="bankCardOcr" warnings="-9114" blocking={['-9114']} onRetake={noop} />
      <FaceVerifyErrorBanner code="0" />
      <FaceIdResultBanner code="1004" onRetry={noop} />
      <GuidanceTips tips={['light', 'faceInFrame', 'noOcclusion']} />
    </div>
  );
}

/**
 * The themes and the large-text mode (适老化) at the narrowest phone width. These stories pin their
 * globals (theme, text size, 320 px viewport), so the toolbar does not change them: they exist so
 * that the axe colour-contrast and target-size checks run in every mode.
 */
const meta = {
  title: 'Appearance',
  component: Overview,
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    // Nothing may overflow the 320 px screen sideways.
    const frame = canvasElement.querySelector('.sb-faceid-frame') ?? canvasElement;
    for (const element of frame.querySelectorAll<HTMLElement>('.faceid-banner, .faceid-warnings')) {
      await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1);
      await expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(
        document.documentElement.clientWidth,
      );
    }
    for (const button of frame.querySelectorAll<HTMLElement>('button')) {
      const { width, height } = button.getBoundingClientRect();
      await expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
    }
  },
} satisfies Meta<typeof Overview>;

export default meta;
type Story = StoryObj<typeof meta>;

const mobile320 = { value: 'mobile320', isRotated: false };

export const Light320: Story = {
  globals: { theme: 'light', textSize: 'normal', viewport: mobile320 },
};

export const Dark320: Story = {
  globals: { theme: 'dark', textSize: 'normal', viewport: mobile320 },
};

export const LargeText320: Story = {
  globals: { theme: 'light', textSize: 'large', viewport: mobile320 },
};

export const DarkLargeText320: Story = {
  globals: { theme: 'dark', textSize: 'large', viewport: mobile320 },
};

const HOST_ACCENT = 'rgb(200, 0, 90)';

/** The primary button's background, once the banner has rendered. */
async function primaryBackground(canvasElement: HTMLElement): Promise<string> {
  const button = await within(canvasElement).findAllByRole('button');
  const primary = button.find((b) => b.dataset.variant === 'primary');
  if (!primary) throw new Error('no primary button');
  return getComputedStyle(primary).backgroundColor;
}

/**
 * A host theme reaches the components: a token set on an ancestor (here the story's wrapper), in
 * the light and the dark palette alike (`--faceid-dark-*` for dark).
 */
export const HostThemeOnAncestor: Story = {
  globals: { theme: 'light', textSize: 'normal', viewport: mobile320 },
  render: () => (
    <div style={{ '--faceid-accent': HOST_ACCENT } as CSSProperties}>
      <FaceVerifyErrorBanner code="-5018" onRetry={noop} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(await primaryBackground(canvasElement)).toBe(HOST_ACCENT);
  },
};

/** A token on `:root`, as most design systems set theirs. */
export const HostThemeOnRoot: Story = {
  globals: { theme: 'light', textSize: 'normal', viewport: mobile320 },
  render: () => <FaceVerifyErrorBanner code="-5018" onRetry={noop} />,
  beforeEach: () => {
    document.documentElement.style.setProperty('--faceid-accent', HOST_ACCENT);
    return () => document.documentElement.style.removeProperty('--faceid-accent');
  },
  play: async ({ canvasElement }) => {
    await expect(await primaryBackground(canvasElement)).toBe(HOST_ACCENT);
  },
};

/** In dark mode the host's dark token wins; its light token does not make dark text unreadable. */
export const HostDarkTheme: Story = {
  globals: { theme: 'dark', textSize: 'normal', viewport: mobile320 },
  render: () => (
    <div
      style={
        {
          '--faceid-accent': 'rgb(0, 0, 0)',
          '--faceid-dark-accent': HOST_ACCENT,
          '--faceid-dark-on-accent': '#ffffff',
        } as CSSProperties
      }
    >
      <FaceVerifyErrorBanner code="-5018" onRetry={noop} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(await primaryBackground(canvasElement)).toBe(HOST_ACCENT);
  },
};

/** The WCAG contrast ratio of two computed colours (`rgb(…)` / `rgba(…)`). */
function contrast(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
    const linear = [r, g, b].map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (linear[0] ?? 0) + 0.7152 * (linear[1] ?? 0) + 0.0722 * (linear[2] ?? 0);
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** `color` at `opacity` over `under`, as `rgb(…)`. */
function mix(color: string, under: string, opacity: number): string {
  const channels = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const [top, bottom] = [channels(color), channels(under)];
  return `rgb(${top.map((c, i) => c * opacity + (bottom[i] ?? 0) * (1 - opacity)).join(', ')})`;
}

/** A wait's disabled button, read in both palettes: axe skips disabled controls, this does not. */
function WaitingBanners() {
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <div data-faceid-theme="light">
        <FaceVerifyErrorBanner code="400504" now={FIXED_NOW} onRetry={noop} />
      </div>
      <div data-faceid-theme="dark">
        <FaceVerifyErrorBanner code="400504" now={FIXED_NOW} onRetry={noop} />
      </div>
    </div>
  );
}

export const DisabledButtonContrast: Story = {
  globals: { theme: 'light', textSize: 'normal', viewport: mobile320 },
  render: () => <WaitingBanners />,
  play: async ({ canvasElement }) => {
    const buttons = await within(canvasElement).findAllByRole('button', {}, { timeout: 10_000 });
    const disabled = buttons.filter((button) => (button as HTMLButtonElement).disabled);
    await expect(disabled).toHaveLength(2);
    for (const button of disabled) {
      // What the eye sees: the button (its text over its background) composited at its opacity
      // over the banner's surface.
      const style = getComputedStyle(button);
      const surface = getComputedStyle(
        button.closest('.faceid-banner') as HTMLElement,
      ).backgroundColor;
      const opacity = Number(style.opacity);
      const transparent = /rgba\([^)]*,\s*0\)$/.test(style.backgroundColor);
      const background = transparent ? surface : style.backgroundColor;
      const seen = (color: string) => mix(color, surface, opacity);
      await expect(contrast(seen(style.color), seen(background))).toBeGreaterThanOrEqual(4.5);
    }
  },
};

/**
 * An engine without `:where()` (iOS < 14, Chromium < 88) drops every rule that uses it: the story
 * renders the banner in a shadow root whose stylesheet is ours without those rules. Drawings stay
 * icon-sized and the first button is on screen, a finger's height.
 */
function WithoutWhere() {
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  useEffect(() => {
    if (!host || host.shadowRoot) return;
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(stylesheet);
    // What such an engine keeps: the rules without :where(), at any depth.
    const keep = (rules: CSSRuleList): string =>
      Array.from(rules)
        .map((rule) =>
          rule instanceof CSSMediaRule
            ? `@media ${rule.conditionText} { ${keep(rule.cssRules)} }`
            : rule instanceof CSSStyleRule && rule.selectorText.includes(':where(')
              ? ''
              : rule.cssText,
        )
        .join('\n');
    const old = new CSSStyleSheet();
    old.replaceSync(keep(sheet.cssRules));
    shadow.adoptedStyleSheets = [old];
    setRoot(shadow);
  }, [host]);
  return (
    <div ref={setHost} data-old-engine="">
      {root
        ? createPortal(
            <FaceVerifyErrorBanner code="-5018" orderNo="FACE20250301000042" onRetry={noop} />,
            root,
          )
        : null}
    </div>
  );
}

export const WithoutWhereSupport: Story = {
  globals: { theme: 'light', textSize: 'normal', viewport: mobile320 },
  render: () => <WithoutWhere />,
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('[data-old-engine]') as HTMLDivElement;
    const button = await waitFor(
      () => {
        const found = host.shadowRoot?.querySelector('button');
        if (!found) throw new Error('no button yet');
        return found;
      },
      { timeout: 10_000 },
    );
    const shadow = host.shadowRoot;
    const box = button.getBoundingClientRect();
    await expect(box.height).toBeGreaterThanOrEqual(44);
    await expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    for (const icon of (shadow as ShadowRoot).querySelectorAll('svg')) {
      await expect(icon.getBoundingClientRect().width).toBeLessThanOrEqual(48);
    }
  },
};

/** WeChat's in-app viewport on a small phone, status and navigation bars taken off. */
const FOLD = { width: 320, height: 504 };

/** The failures people meet most. */
const COMMON_FAILURES = [
  <FaceVerifyErrorBanner key="-5018" code="-5018" onRetry={noop} />,
  <FaceVerifyErrorBanner key="66660023" code="66660023" onRetry={noop} />,
  <FaceVerifyErrorBanner key="66660004" code="66660004" onRetry={noop} />,
  <FaceVerifyErrorBanner key="-5008" code="-5008" onRetry={noop} />,
  <OcrErrorBanner key="66661006" service="idCardOcr" code="66661006" onRetake={noop} />,
  <FaceIdResultBanner key="1004" code="1004" onRetry={noop} />,
];

/** Each common failure as a banner at the top of an otherwise empty page. */
function CommonFailures({ large }: { large: boolean }) {
  const page = {
    width: FOLD.width,
    height: FOLD.height,
    overflow: 'hidden',
    position: 'relative',
    outline: '1px dashed #999',
  } as const;
  return (
    <div style={{ display: 'grid', gap: 8 }} data-faceid-text={large ? 'large' : undefined}>
      {COMMON_FAILURES.map((banner) => (
        <div key={banner.key} style={page} data-fold="">
          {banner}
        </div>
      ))}
    </div>
  );
}

/**
 * Whether each page's primary action is inside its 504-px screen, in the shipped locales: the
 * pseudo-locales' copy is 40 % longer on purpose (overflow, truncation), not copy to fit a fold.
 */
async function expectPrimaryAboveFold(
  canvasElement: HTMLElement,
  globals: Readonly<Record<string, unknown>>,
) {
  if (isPseudoLocale(String(globals.locale))) return;
  const pages = await waitFor(
    () => {
      const found = Array.from(canvasElement.querySelectorAll<HTMLElement>('[data-fold]'));
      if (found.some((page) => !page.querySelector('[data-variant="primary"]'))) {
        throw new Error('not rendered yet');
      }
      return found;
    },
    { timeout: 10_000 },
  );
  const below = pages.flatMap((page) => {
    const primary = page.querySelector('[data-variant="primary"]') as HTMLElement;
    const bottom = primary.getBoundingClientRect().bottom - page.getBoundingClientRect().top;
    const banner = page.querySelector('.faceid-banner') as HTMLElement;
    return bottom > FOLD.height ? [`${banner.dataset.code}: ${Math.round(bottom)} px`] : [];
  });
  await expect(below).toEqual([]);
}

export const FoldNormalText: Story = {
  globals: { theme: 'light', textSize: 'normal', viewport: mobile320 },
  render: () => <CommonFailures large={false} />,
  play: async ({ canvasElement, globals }) => expectPrimaryAboveFold(canvasElement, globals),
};

export const FoldLargeText: Story = {
  globals: { theme: 'light', textSize: 'normal', viewport: mobile320 },
  render: () => <CommonFailures large />,
  play: async ({ canvasElement, globals }) => expectPrimaryAboveFold(canvasElement, globals),
};
