import type { Decorator, Preview } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, spyOn } from 'storybook/test';
import { FaceIdGuidanceProvider } from '../src/react/FaceIdGuidanceProvider';
import { DEFAULT_LANGUAGE } from '../src/react/i18n';
import '../src/react/styles.css';
import {
  isPseudoLocale,
  LANGUAGE_ITEMS,
  storyLanguage,
  storyLocale,
  storyResources,
  textDirection,
} from '../stories/support/locales';
import './preview.css';

/**
 * Phone widths the H5 flow meets most (320: small Android and iPhone SE 1; 375; 414), and desktop.
 * 320 × 504: an iPhone SE 1 in WeChat (568 px less WeChat's title bar), where a start screen's
 * button must show without scrolling.
 */
const VIEWPORTS = {
  mobile320: { name: 'Mobile 320', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  mobile320x504: {
    name: 'Mobile 320 × 504 (WeChat)',
    styles: { width: '320px', height: '504px' },
    type: 'mobile',
  },
  mobile375: { name: 'Mobile 375', styles: { width: '375px', height: '667px' }, type: 'mobile' },
  mobile414: { name: 'Mobile 414', styles: { width: '414px', height: '896px' }, type: 'mobile' },
  desktop: { name: 'Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

/** Per-story switches of the frame decorator (`parameters.faceid`). */
export interface FaceIdStoryParameters {
  /**
   * Wrap the story in `<FaceIdGuidanceProvider>` with every catalogue preloaded.
   * False for stories that demonstrate the other i18n mode or lazy loading. @default true
   */
  provider?: boolean;
}

function Frame({
  locale,
  theme,
  largeText,
  view,
  children,
}: {
  locale: string;
  theme: string;
  largeText: boolean;
  view: string;
  children: ReactNode;
}) {
  return (
    <div
      className="sb-faceid-frame"
      lang={locale}
      dir={textDirection(locale)}
      data-view={view}
      data-faceid-theme={theme === 'dark' ? 'dark' : 'light'}
      data-faceid-text={largeText ? 'large' : undefined}
    >
      {children}
    </div>
  );
}

/**
 * Language, theme and text size from the toolbar. The language goes to the provider as a prop:
 * nothing calls `changeLanguage` while rendering. The frame has the locale's `lang` and `dir`
 * (`rtl` for `ar-XB`). A pseudo-locale renders its base language with the pseudo catalogue in its
 * place (see `storyResources`), in a provider of its own (a provider keeps its first `resources`).
 */
const withFaceIdFrame: Decorator = (Story, context) => {
  const locale = storyLocale(context.globals);
  const lng = storyLanguage(context.globals);
  const parameters = (context.parameters.faceid ?? {}) as FaceIdStoryParameters;
  const frame = (
    <Frame
      locale={locale}
      theme={String(context.globals.theme)}
      largeText={context.globals.textSize === 'large'}
      view={context.viewMode}
    >
      <Story />
    </Frame>
  );
  if (parameters.provider === false) return frame;
  return (
    <FaceIdGuidanceProvider
      key={isPseudoLocale(locale) ? locale : 'shipped'}
      lng={lng}
      resources={storyResources(locale)}
    >
      {frame}
    </FaceIdGuidanceProvider>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withFaceIdFrame],
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGE_ITEMS,
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (data-faceid-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    textSize: {
      description: 'Text size (data-faceid-text="large": 适老化 large-text mode)',
      toolbar: {
        title: 'Text size',
        icon: 'paragraph',
        items: [
          { value: 'normal', title: 'Normal text' },
          { value: 'large', title: 'Large text' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: DEFAULT_LANGUAGE,
    theme: 'light',
    textSize: 'normal',
    // Every story opens on the smallest phone the H5 flow meets, in WeChat: 320 × 504.
    viewport: { value: 'mobile320x504', isRotated: false },
  },
  parameters: {
    layout: 'fullscreen',
    viewport: { options: VIEWPORTS },
    controls: { expanded: true, sort: 'requiredFirst' },
    // Every story is an accessibility test: any axe violation fails it.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  // A story that makes React (or anything else) log an error fails.
  beforeEach() {
    const consoleError = spyOn(console, 'error');
    return () => consoleError.mockRestore();
  },
  afterEach() {
    const consoleError = console.error as unknown as { mock?: { calls: unknown[][] } };
    expect(consoleError.mock?.calls ?? [], 'console.error calls').toEqual([]);
  },
};

export default preview;
