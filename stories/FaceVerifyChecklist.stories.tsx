import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { checkFaceVerifyEnvironment, type EnvironmentCheck } from '../src/core/environment';
import { copyKeys } from '../src/core/keys';
import {
  CHECKLIST_TIPS,
  FaceVerifyChecklist,
  type FaceVerifyMode,
} from '../src/react/FaceVerifyChecklist';
import { SUPPORTED_LANGUAGES } from '../src/react/i18n';
import { LanguageLabel } from './support/LanguageLabel';
import { languageName, providerTranslator, storyTranslator } from './support/locales';
import { rootOf } from './support/play';

/** WeChat 8.0 on iOS 13.7: WeChat's browser needs iOS 14.3 (a blocking finding). */
const IOS13_WECHAT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 13_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.5(0x18000528) NetType/WIFI Language/zh_CN';
/** Chrome on a Huawei phone: may lack H.264 (a warning; the check can still start). */
const HUAWEI_CHROME =
  'Mozilla/5.0 (Linux; Android 10; ELE-L29 Build/HUAWEIELE-L29) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Mobile Safari/537.36';
/** What a browser with a camera, on https, passes with. */
const PASS: EnvironmentCheck = { ok: true, blocking: [], warnings: [] };

/** An iPhone SE 1 in WeChat: 320 × 504 once WeChat's title bar is off the 568-px screen. */
const wechat320 = { viewport: { value: 'mobile320x504', isRotated: false } };

const meta = {
  title: 'Components/FaceVerifyChecklist',
  component: FaceVerifyChecklist,
  args: { mode: 'silent', onStart: fn(), environment: PASS },
  argTypes: {
    mode: { control: 'inline-radio', options: ['silent', 'action', 'digits', 'reflect'] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    layout: { control: 'inline-radio', options: ['banner', 'screen'] },
    environment: { control: false },
  },
  globals: wechat320,
  parameters: {
    docs: {
      description: {
        component:
          'The start screen before the redirect to Tencent’s H5 verification: what to prepare for the mode, the environment check’s result on top, one “Start verification” button.',
      },
    },
  },
} satisfies Meta<typeof FaceVerifyChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The checklist's list, its items' texts from the locale file, the start button above the fold. */
async function expectChecklist(
  canvasElement: HTMLElement,
  globals: Readonly<Record<string, unknown>>,
  mode: FaceVerifyMode,
) {
  const t = storyTranslator({ globals });
  const root = rootOf(canvasElement, '.faceid-checklist');
  const list = within(root).getByRole('list', { name: t('ui.checklist.title') });
  await expect(list.tagName).toBe('UL');
  const items = within(list).getAllByRole('listitem');
  await expect(items.every((item) => item.tagName === 'LI')).toBe(true);
  await expect(items.map((item) => item.textContent)).toEqual(
    CHECKLIST_TIPS[mode].map((tip) => t(`tips.${tip}`)),
  );
  // Each item with its drawing.
  await expect(list.querySelectorAll('li > svg')).toHaveLength(items.length);
  const start = within(root).getByRole('button', { name: t('ui.checklist.start') });
  await expect(start).toBeVisible();
  await expect(start).toBeEnabled();
  // Reachable without scrolling on a 320 × 504 screen.
  await expect(window.innerHeight).toBe(504);
  await expect(window.innerWidth).toBe(320);
  const box = start.getBoundingClientRect();
  await expect(box.bottom).toBeLessThanOrEqual(504);
  await expect(box.height).toBeGreaterThanOrEqual(44);
  // Nothing overflows the 320 px screen sideways.
  await expect(root.getBoundingClientRect().right).toBeLessThanOrEqual(320);
  return { root, start };
}

const modeStory = (mode: FaceVerifyMode): Story => ({
  args: { mode },
  play: async ({ canvasElement, globals, args }) => {
    const { root, start } = await expectChecklist(canvasElement, globals, mode);
    await expect(root.dataset).toMatchObject({ mode, environment: 'ok' });
    await expect(within(root).getAllByRole('button')).toHaveLength(1);
    await userEvent.click(start);
    await expect(args.onStart).toHaveBeenCalledTimes(1);
  },
});

/** Silent liveness (静默): light, nothing on the face, phone at eye level, stay on the page. */
export const SilentMode: Story = modeStory('silent');
/** Actions (动作): blinking when asked. */
export const ActionMode: Story = modeStory('action');
/** Digits read aloud (数字): a quiet place, reading the digits aloud. */
export const DigitsMode: Story = modeStory('digits');
/** Colour flashes (光线): the screen at full brightness, even light. */
export const ColourFlashes: Story = modeStory('reflect');

/**
 * A warning of the environment check (Chrome on a Huawei phone): said on top, the checklist and
 * the start button stay.
 */
export const EnvironmentWarning: Story = {
  args: { mode: 'silent' },
  loaders: [
    async () => ({ environment: await checkFaceVerifyEnvironment({ userAgent: HUAWEI_CHROME }) }),
  ],
  render: (args, { loaded }) => (
    <FaceVerifyChecklist {...args} environment={loaded.environment as EnvironmentCheck} />
  ),
  play: async ({ canvasElement, globals, args }) => {
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement, '.faceid-checklist');
    await expect(root.dataset.environment).toBe('warning');
    const keys = copyKeys('environmentHuaweiChrome');
    const status = within(root).getByRole('status');
    await expect(within(status).getByText(t(keys.title))).toBeVisible();
    await expect(within(status).getByText(t(keys.description))).toBeVisible();
    const start = within(root).getByRole('button', { name: t('ui.checklist.start') });
    await userEvent.click(start);
    await expect(args.onStart).toHaveBeenCalledTimes(1);
    // The warning comes first, then the checklist.
    const list = within(root).getByRole('list', { name: t('ui.checklist.title') });
    await expect(status.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  },
};

/**
 * A blocking finding (WeChat on iOS 13): its title and fix take the screen; there is no start
 * button, since the check cannot run in this browser.
 */
export const EnvironmentBlocking: Story = {
  args: { mode: 'digits' },
  loaders: [
    async () => ({ environment: await checkFaceVerifyEnvironment({ userAgent: IOS13_WECHAT }) }),
  ],
  render: (args, { loaded }) => (
    <FaceVerifyChecklist {...args} environment={loaded.environment as EnvironmentCheck} />
  ),
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement, '.faceid-checklist');
    await expect(root.dataset.environment).toBe('blocked');
    const keys = copyKeys('environmentWechatIosTooOld');
    const alert = within(root).getByRole('alert');
    await expect(within(alert).getByRole('heading', { name: t(keys.title) })).toBeVisible();
    await expect(within(alert).getByText(t(keys.description))).toBeVisible();
    // The fix: open the page in Safari.
    await expect(within(root).getByText(t('tips.otherBrowser'))).toBeVisible();
    await expect(within(root).queryByRole('button', { name: t('ui.checklist.start') })).toBeNull();
    await expect(within(root).queryByRole('list', { name: t('ui.checklist.title') })).toBeNull();
  },
};

/** Every shipped language at once (`lng`), each at its narrowest: a 320-px column. */
export const EveryLanguage: Story = {
  args: { mode: 'digits' },
  globals: { viewport: { value: 'mobile320', isRotated: false } },
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      {SUPPORTED_LANGUAGES.map((lng) => (
        <section key={lng} aria-labelledby={`every-${lng}`}>
          <h2 className="sb-language-heading">
            <LanguageLabel lng={lng} id={`every-${lng}`} />
          </h2>
          <FaceVerifyChecklist {...args} lng={lng} headingLevel={3} />
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const roots = canvasElement.querySelectorAll<HTMLElement>('.faceid-checklist');
    await expect(roots).toHaveLength(SUPPORTED_LANGUAGES.length);
    for (const [at, lng] of SUPPORTED_LANGUAGES.entries()) {
      const t = providerTranslator(globals, lng);
      const root = roots[at] as HTMLElement;
      await expect(root.lang).toBe(lng);
      await expect(root.closest('section')).toHaveAccessibleName(`${languageName(lng)} ${lng}`);
      await expect(within(root).getByRole('heading', { level: 3 }).textContent).toBe(
        t('ui.checklist.title'),
      );
      await expect(
        within(root)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(CHECKLIST_TIPS.digits.map((tip) => t(`tips.${tip}`)));
      await expect(within(root).getByRole('button').textContent).toBe(t('ui.checklist.start'));
    }
  },
};

/** The large-text mode (适老化) on the same small screen: Start still shows without scrolling. */
export const LargeText: Story = {
  args: { mode: 'digits' },
  globals: { ...wechat320, textSize: 'large' },
  play: async ({ canvasElement, globals }) => {
    await expectChecklist(canvasElement, globals, 'digits');
  },
};

/**
 * `layout="screen"`: the whole page, Start pinned to the bottom of the screen (above the home
 * indicator), in normal and large text.
 */
export const ScreenLayout: Story = {
  args: { mode: 'digits', layout: 'screen' },
  play: async ({ canvasElement, globals }) => {
    const { root, start } = await expectChecklist(canvasElement, globals, 'digits');
    await expect(root.dataset.layout).toBe('screen');
    await expect(root.getBoundingClientRect().height).toBeGreaterThanOrEqual(window.innerHeight);
    // At the bottom edge, not under the list.
    await expect(window.innerHeight - start.getBoundingClientRect().bottom).toBeLessThan(24);
  },
};

export const ScreenLayoutLargeText: Story = {
  ...ScreenLayout,
  globals: { ...wechat320, textSize: 'large' },
};
