import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, within } from 'storybook/test';
import { FaceIdResultBanner } from '../src/react/FaceIdResultBanner';
import { FaceVerifyErrorBanner } from '../src/react/FaceVerifyErrorBanner';
import { GuidanceTips } from '../src/react/GuidanceTips';
import { OcrErrorBanner } from '../src/react/OcrErrorBanner';
import { OcrWarningList } from '../src/react/OcrWarningList';
import { FIXED_NOW } from './support/fixtures';

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
