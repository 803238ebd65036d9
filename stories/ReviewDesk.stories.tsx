import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CATALOGUE, type EntryId, SERVICES } from '../src/core/catalogue';
import { readCode } from '../src/core/describe';
import { SUPPORTED_LANGUAGES } from '../src/react/i18n';
import { sampleCode } from '../test/helpers/codes';
import { codeArgType } from './support/codes';
import { languageName, providerTranslator, storyTranslator } from './support/locales';
import { BANNER_ENTRIES, CodeGrid, entryLabel, FOLD, States } from './support/ReviewDesk';

/**
 * The designers' review desk: codes × languages, each on a 320 × 504 screen (WeChat on an iPhone
 * SE 1) with the fold drawn, and the states of one code side by side. The toolbar's theme and text
 * size apply to every screen; the language of the grid is each column's own.
 */
const meta = {
  title: 'Review desk',
  component: CodeGrid,
  tags: ['!autodocs'],
  // Screens side by side: wider than a phone.
  globals: { viewport: { value: 'desktop', isRotated: false } },
} satisfies Meta<typeof CodeGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

const id = (code: string, service?: (typeof SERVICES)[number]) =>
  readCode(code, service ? { service } : undefined).id as EntryId;

/** The failures people meet most, one per banner. */
const COMMON: EntryId[] = [
  id('-5018'),
  id('66660023'),
  id('66661006', 'idCardOcr'),
  id('1004', 'detectAuth'),
];

/**
 * Each chosen code (control: any entry a banner shows) in every shipped language, side by side,
 * labelled with the language's own name and tag. A screen whose primary action falls below the
 * fold says so.
 */
export const CodeByLanguage: Story = {
  args: { entries: COMMON, attempt: 1 },
  argTypes: {
    entries: {
      options: BANNER_ENTRIES,
      control: {
        type: 'multi-select',
        labels: Object.fromEntries(BANNER_ENTRIES.map((entry) => [entry, entryLabel(entry)])),
      },
    },
    attempt: { control: { type: 'number', min: 1, max: 9 } },
  },
  play: async ({ canvasElement, args, globals }) => {
    const rows = canvasElement.querySelectorAll<HTMLElement>('[data-entry]');
    await expect(Array.from(rows, (row) => row.dataset.entry)).toEqual(args.entries);
    for (const row of rows) {
      const entry = row.dataset.entry as EntryId;
      const reading = readCode(sampleCode(entry), { service: CATALOGUE[entry].service });
      const cells = row.querySelectorAll<HTMLElement>('figure');
      await expect(cells).toHaveLength(SUPPORTED_LANGUAGES.length);
      for (const [at, lng] of SUPPORTED_LANGUAGES.entries()) {
        const cell = cells[at] as HTMLElement;
        // Labelled with the language's own name and tag.
        await expect(cell.querySelector('figcaption')).toHaveTextContent(
          `${languageName(lng)} ${lng}`,
        );
        const phone = cell.querySelector<HTMLElement>('[data-phone]') as HTMLElement;
        await expect(phone.getBoundingClientRect().width).toBe(FOLD.width);
        await expect(phone.getBoundingClientRect().height).toBeGreaterThanOrEqual(FOLD.height);
        const banner = phone.querySelector<HTMLElement>('.faceid-banner') as HTMLElement;
        await expect(banner.lang).toBe(lng);
        const t = providerTranslator(globals, lng);
        await expect(
          within(banner).getByRole('heading', { level: 3, name: t(reading.messageKeys.title) }),
        ).toBeVisible();
      }
    }
  },
};

/**
 * One code's states side by side, in the toolbar's language: the first attempt, the third
 * (escalated advice), a wait (its own, or the gateway's rate limit for a code without one;
 * `now` fixed, 9:05 left) and success.
 */
export const StatesSideBySide: StoryObj<typeof States> = {
  render: (args) => <States {...args} />,
  args: { code: '-5018', service: 'faceVerify' },
  argTypes: {
    code: codeArgType(['faceVerify', 'twoFactor', 'gateway', 'detectAuth', 'ekycSdk', 'idCardOcr']),
    service: { control: 'select', options: SERVICES.filter((s) => s !== 'environment') },
  },
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const labels = Array.from(canvasElement.querySelectorAll('figcaption'), (c) => c.textContent);
    await expect(labels).toEqual([
      'First attempt',
      'Escalated (attempt 3)',
      'Waiting (400504: 9:05 left)',
      'Success',
    ]);
    const state = (name: string) =>
      canvasElement.querySelector(`[data-state-of="${name}"] .faceid-banner`) as HTMLElement;
    await expect(state('first')).not.toHaveAttribute('data-escalated');
    await expect(state('escalated')).toHaveAttribute('data-escalated');
    await expect(state('waiting').dataset.retry).toBe('wait');
    await expect(
      within(state('waiting')).getByRole('button', { name: t('ui.actions.retry') }),
    ).toBeDisabled();
    await expect(state('success').dataset.kind).toBe('success');
  },
};
