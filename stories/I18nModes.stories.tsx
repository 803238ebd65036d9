import type { Meta, StoryObj } from '@storybook/react-vite';
import { createInstance } from 'i18next';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, fn, waitFor, within } from 'storybook/test';
import { readCode } from '../src/core/describe';
import { FaceIdGuidanceProvider } from '../src/react/FaceIdGuidanceProvider';
import { FaceVerifyChecklist } from '../src/react/FaceVerifyChecklist';
import { FaceVerifyErrorBanner } from '../src/react/FaceVerifyErrorBanner';
import {
  addFaceIdResources,
  LOADERS,
  resolveLanguage,
  SUPPORTED_LANGUAGES,
} from '../src/react/i18n';
import { OcrWarningList } from '../src/react/OcrWarningList';
import { LanguageLabel } from './support/LanguageLabel';
import { languageName, providerTranslator, storyLanguage, translatorFor } from './support/locales';

/**
 * The two ways to give the components their language, and on-demand loading. See the
 * Introduction for when to use which.
 */
const meta = {
  title: 'Guides/I18n modes',
  component: FaceVerifyErrorBanner,
  tags: ['!autodocs'],
  args: { code: '-5018', onRetry: fn() },
} satisfies Meta<typeof FaceVerifyErrorBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

const title = (lng: string, code = '-5018') => translatorFor(lng)(readCode(code).messageKeys.title);

/** The host application's own i18next instance (its other namespaces are left alone). */
const hostI18n = createInstance();
void hostI18n.init({
  lng: 'zh-CN',
  fallbackLng: false,
  resources: {},
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** The host's language switcher: follows the toolbar in an effect, never while rendering. */
function FollowToolbar({ lng }: { lng: string }) {
  useEffect(() => {
    if (hostI18n.language !== lng) void hostI18n.changeLanguage(lng);
  }, [lng]);
  return null;
}

/**
 * `addFaceIdResources(hostI18n)`: the `faceid` namespace joins the host's own instance, and the
 * components follow the host's `changeLanguage` — no provider.
 */
export const HostI18nInstance: Story = {
  parameters: { faceid: { provider: false } },
  // The first language is set before the first render; toolbar changes go through the effect.
  beforeEach: async ({ globals }) => {
    const lng = storyLanguage(globals);
    await addFaceIdResources(hostI18n, [lng]);
    await hostI18n.changeLanguage(lng);
  },
  render: (args, { globals }) => (
    <I18nextProvider i18n={hostI18n}>
      <FollowToolbar lng={storyLanguage(globals)} />
      <FaceVerifyErrorBanner {...args} />
    </I18nextProvider>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const lng = storyLanguage(globals);
    await expect(canvas.getByRole('heading', { name: title(lng) })).toBeVisible();
    // The host switches language: the banner follows, loading the catalogue when needed.
    for (const other of [...SUPPORTED_LANGUAGES.filter((l) => l !== lng), lng]) {
      await hostI18n.changeLanguage(other);
      // A catalogue not loaded yet downloads (in the test run, the dev server builds it on first
      // request, slowly on a loaded machine): wait for it longer than findBy's 1 s.
      await expect(
        await canvas.findByRole('heading', { name: title(other) }, { timeout: 10_000 }),
      ).toBeVisible();
    }
  },
};

/** `<FaceIdGuidanceProvider lng>` without preloaded `resources`: the language loads on demand. */
export const ProviderLoadsOnDemand: Story = {
  parameters: { faceid: { provider: false } },
  render: (args, { globals }) => (
    <FaceIdGuidanceProvider lng={storyLanguage(globals)}>
      <FaceVerifyErrorBanner {...args} />
    </FaceIdGuidanceProvider>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole(
        'heading',
        { name: title(storyLanguage(globals)) },
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    await expect(canvasElement.querySelector('.faceid-banner')).toHaveAttribute(
      'data-state',
      'ready',
    );
  },
};

/**
 * The `lng` prop overrides the provider for one component; any BCP 47 tag is matched to a shipped
 * language (zh-MO → zh-HK, zh-Hant → zh-TW, en-GB → en, ms-MY → ms, zh-SG → zh-CN).
 */
export const LanguageOverride: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <FaceVerifyErrorBanner {...args} />
      {['zh-HK', 'en-GB', 'zh-SG'].map((tag) => (
        <div key={tag} lang={resolveLanguage(tag)} data-requested={tag}>
          <FaceVerifyErrorBanner {...args} lng={tag} headingLevel={3} />
        </div>
      ))}
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    // The provider's catalogues: in a pseudo-locale, its pseudo text stands in for its base (en).
    const heading = (lng: string) =>
      providerTranslator(globals, lng)(readCode('-5018').messageKeys.title);
    await expect(
      canvas.getByRole('heading', { level: 2, name: heading(storyLanguage(globals)) }),
    ).toBeVisible();
    for (const element of canvasElement.querySelectorAll<HTMLElement>('[data-requested]')) {
      const lng = resolveLanguage(element.dataset.requested);
      await expect(
        within(element).getByRole('heading', { level: 3, name: heading(lng) }),
      ).toBeVisible();
    }
  },
};

/**
 * Every shipped language at once, each in its own script and with its own `lang`: the same code,
 * read by each locale's own copy (the toolbar switches the rest of Storybook).
 */
export const EveryLanguage: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      {SUPPORTED_LANGUAGES.map((lng) => (
        <section key={lng} data-language={lng} aria-labelledby={`every-${lng}`}>
          <h2 className="sb-language-heading">
            <LanguageLabel lng={lng} id={`every-${lng}`} />
          </h2>
          <FaceVerifyErrorBanner {...args} lng={lng} headingLevel={3} />
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const sections = canvasElement.querySelectorAll<HTMLElement>('[data-language]');
    await expect(sections).toHaveLength(SUPPORTED_LANGUAGES.length);
    for (const section of sections) {
      const lng = section.dataset.language as string;
      const banner = within(section);
      // The provider's catalogues: in a pseudo-locale, its pseudo text stands in for its base (en).
      const name = providerTranslator(globals, lng)(readCode('-5018').messageKeys.title);
      await expect(banner.getByRole('heading', { level: 3, name })).toBeVisible();
      await expect(section.querySelector('.faceid-banner')?.getAttribute('lang')).toBe(lng);
      // Labelled with the language's own name, in its script, and its tag.
      await expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent(
        `${languageName(lng)} ${lng}`,
      );
      await expect(section).toHaveAccessibleName(`${languageName(lng)} ${lng}`);
    }
  },
};

/** The three components a page shows before, after and beside the capture. */
function Offline({ lng }: { lng: string }) {
  return (
    <FaceIdGuidanceProvider lng={lng}>
      <div style={{ display: 'grid', gap: 12 }}>
        <FaceVerifyChecklist
          mode="digits"
          environment={{ ok: true, blocking: [], warnings: [] }}
          onStart={fn()}
        />
        <OcrWarningList service="idCardOcr" warnings="01000000" onRetake={fn()} onContinue={fn()} />
        <FaceVerifyErrorBanner code="400504" now={Date.UTC(2026, 11, 7)} onRetry={fn()} />
      </div>
    </FaceIdGuidanceProvider>
  );
}

/**
 * Offline: every download of the language fails (i18next's retries over about 6 s, then the
 * floor stays). Each component still says, in the page's language, what it is and what to do:
 * the checklist its title and Start, the warning list "Please check the photo" with Retake and
 * Continue, the wait its time left by the disabled button.
 */
export const EveryDownloadFailed: Story = {
  parameters: { faceid: { provider: false } },
  beforeEach: ({ globals }) => {
    const lng = storyLanguage(globals);
    const restore = (['faceid', 'faceid-card'] as const).map((ns) => {
      const loaders = LOADERS[ns] as Record<string, () => Promise<unknown>>;
      const real = loaders[lng];
      loaders[lng] = () => Promise.reject(new Error('offline'));
      return () => {
        if (real) loaders[lng] = real;
      };
    });
    return () => {
      for (const undo of restore) undo();
    };
  },
  render: (_, { globals }) => <Offline lng={storyLanguage(globals)} />,
  play: async ({ canvasElement, globals }) => {
    // The floor is the language's own (a pseudo-locale's base language: no pseudo text loads).
    const lng = storyLanguage(globals);
    const t = translatorFor(lng);
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvasElement.querySelector('[aria-busy="true"]')).toBeNull(), {
      timeout: 20_000,
    });
    await expect(canvas.getByRole('heading', { name: t('ui.checklist.title') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('ui.checklist.start') })).toBeEnabled();
    await expect(canvas.getByRole('heading', { name: t('ui.floor.warning') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('ui.actions.retake') })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: t('ui.actions.continue') })).toBeEnabled();
    const minutes = readCode('400504').retry;
    await expect(canvasElement.querySelector('.faceid-countdown')).toHaveTextContent(
      t('ui.wait.time', { minutes: minutes.type === 'wait' ? minutes.minutes : 0, seconds: '00' }),
    );
    await expect(canvas.getByRole('button', { name: t('ui.actions.retry') })).toBeDisabled();
  },
};
