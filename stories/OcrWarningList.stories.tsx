import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { decodeIdCardWarnings, parseWarningCodes } from '../src/core/warnings';
import { OcrWarningList, type OcrWarningListProps } from '../src/react/OcrWarningList';
import { MARKUP_CODE } from './support/fixtures';
import { storyTranslator, type Translator } from './support/locales';
import { actionLabels, rootOf } from './support/play';

const meta = {
  title: 'Components/OcrWarningList',
  component: OcrWarningList,
  args: { service: 'idCardOcr', warnings: '10010100', onRetake: fn(), onContinue: fn() },
  argTypes: {
    warnings: { control: 'text' },
    service: {
      control: 'inline-radio',
      options: ['idCardOcr', 'bankCardOcr', 'idCardWarningCode', 'intlCardWarning'],
    },
    side: { control: 'inline-radio', options: [undefined, 'front', 'back'] },
    blocking: { control: 'object' },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The warnings of an accepted OCR photo. Warnings pass by default (Tencent: 默认处理为通过); the host may mark some blocking.',
      },
    },
  },
} satisfies Meta<typeof OcrWarningList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Title, description and tip of each warning, as the locale file words them. */
function expectedItems(
  t: Translator,
  service: OcrWarningListProps['service'],
  value: unknown,
): string[][] {
  const warnings =
    service === 'idCardOcr'
      ? decodeIdCardWarnings(value).warnings.filter(
          (w, i, all) => all.findIndex((other) => other.id === w.id) === i,
        )
      : parseWarningCodes(value, service).warnings;
  return warnings.map((w) => [
    t(w.messageKeys.title),
    t(w.messageKeys.description),
    ...(w.tips[0] ? [t(`tips.${w.tips[0]}`)] : []),
  ]);
}

function shownItems(root: HTMLElement): string[][] {
  return Array.from(root.querySelectorAll('.faceid-warning'), (item) =>
    Array.from(item.querySelectorAll('strong, span'), (part) => part.textContent ?? ''),
  );
}

/** Asserts the heading, note, items and buttons of a rendered list. */
async function expectList(
  canvasElement: HTMLElement,
  t: Translator,
  args: { service: OcrWarningListProps['service']; warnings: unknown; side?: 'front' | 'back' },
  blocked: boolean,
) {
  const root = rootOf(canvasElement, '.faceid-warnings');
  const items = expectedItems(t, args.service, args.warnings);
  await expect(shownItems(root)).toEqual(items);
  const heading = within(root).getByRole('heading');
  await expect(heading).toHaveTextContent(t('ui.warnings.heading', { count: items.length }));
  if (args.side) {
    const side =
      args.service === 'idCardOcr'
        ? `idCard${args.side === 'front' ? 'Front' : 'Back'}`
        : args.side;
    await expect(heading).toHaveTextContent(t(`ui.sides.${side}`));
  }
  await expect(within(root).getByRole('status')).toHaveTextContent(
    t(blocked ? 'ui.warnings.blockingNote' : 'ui.warnings.passNote'),
  );
  // ID-card warnings advise a retake ("建议重拍"): retaking comes first, as the primary action;
  // bank-card warnings say "if you want to retake": continuing does.
  const passing =
    args.service === 'bankCardOcr'
      ? [t('ui.actions.continueAnyway'), t('ui.actions.retake')]
      : [t('ui.actions.retake'), t('ui.actions.continueAnyway')];
  await expect(actionLabels(root)).toEqual(blocked ? [t('ui.actions.retake')] : passing);
  return root;
}

/** ID card, portrait side: border cut off, screen photo, covered. It passes: retake (advised) or continue. */
export const IdCardFrontPassing: Story = {
  args: { warnings: '10010100', side: 'front' },
  play: async ({ canvasElement, args, globals }) => {
    const root = await expectList(canvasElement, storyTranslator({ globals }), args, false);
    await expect(root).not.toHaveAttribute('data-blocking');
    await userEvent.click(
      within(root).getByRole('button', {
        name: storyTranslator({ globals })('ui.actions.continueAnyway'),
      }),
    );
    await expect(args.onContinue).toHaveBeenCalledTimes(1);
  },
};

/** The host blocks photocopies (`blocking={['photocopy']}`): only "Retake photo" remains. */
export const IdCardFrontBlocking: Story = {
  args: { warnings: '01000000', side: 'front', blocking: ['photocopy'] },
  play: async ({ canvasElement, args, globals }) => {
    const root = await expectList(canvasElement, storyTranslator({ globals }), args, true);
    await expect(root).toHaveAttribute('data-blocking');
    await expect(
      within(root).getByRole('button', { name: storyTranslator({ globals })('ui.actions.retake') }),
    ).toHaveAttribute('data-variant', 'primary');
  },
};

/** ID card, emblem side: a validity date that looks wrong, and a temporary card. Passing. */
export const IdCardBackPassing: Story = {
  args: { warnings: '00101000', side: 'back' },
  play: async ({ canvasElement, args, globals }) => {
    await expectList(canvasElement, storyTranslator({ globals }), args, false);
  },
};

/** Emblem side, blocked by position (`blocking={[5]}`: temporary cards are not accepted). */
export const IdCardBackBlocking: Story = {
  args: { warnings: '00101000', side: 'back', blocking: [5] },
  play: async ({ canvasElement, args, globals }) => {
    await expectList(canvasElement, storyTranslator({ globals }), args, true);
  },
};

/** Positions 7 and 8 are undocumented: one generic warning, listed once. */
export const IdCardUndocumentedPositions: Story = {
  args: { warnings: '00000011', side: 'front' },
  play: async ({ canvasElement, args, globals }) => {
    const root = await expectList(canvasElement, storyTranslator({ globals }), args, false);
    await expect(root.querySelectorAll('.faceid-warning')).toHaveLength(1);
  },
};

/** Bank card, front: three warnings (date, border, screen photo). Passing. */
export const BankCardFrontPassing: Story = {
  args: { service: 'bankCardOcr', warnings: '[-9110,-9111,-9114]', side: 'front' },
  play: async ({ canvasElement, args, globals }) => {
    await expectList(canvasElement, storyTranslator({ globals }), args, false);
  },
};

/** Bank card, back, with screen photos blocked by code (`blocking={['-9114']}`). */
export const BankCardBackBlocking: Story = {
  args: { service: 'bankCardOcr', warnings: '-9114', side: 'back', blocking: ['-9114'] },
  play: async ({ canvasElement, args, globals }) => {
    await expectList(canvasElement, storyTranslator({ globals }), args, true);
  },
};

/** A bank-card warning code no table knows: kept, with the generic warning. */
export const BankCardUnknownWarning: Story = {
  args: { service: 'bankCardOcr', warnings: '[-9112,-9199]' },
  play: async ({ canvasElement, args, globals }) => {
    await expectList(canvasElement, storyTranslator({ globals }), args, false);
  },
};

/**
 * DetectAuth's ID-card warning codes (`IdCardData.WarnInfos`, as `readResult` reports them):
 * border cut off and a suspected edit, on the portrait side.
 */
export const DetectAuthIdCardWarnings: Story = {
  args: { service: 'idCardWarningCode', warnings: [-9101, -9106], side: 'front' },
  play: async ({ canvasElement, args, globals }) => {
    await expectList(canvasElement, storyTranslator({ globals }), args, false);
  },
};

/** eKYC's `WarnCardInfos`, published without the minus sign: 9107 glare, 9108 blurry. */
export const IntlWarnCardInfos: Story = {
  args: { service: 'intlCardWarning', warnings: [9107, 9108] },
  play: async ({ canvasElement, args, globals }) => {
    await expectList(canvasElement, storyTranslator({ globals }), args, false);
  },
};

/** A blocking warning and no `onRetake`: the note says to retake, and no button is shown. */
export const BlockingWithoutRetake: Story = {
  args: { warnings: '01000000', blocking: [2], onRetake: undefined },
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement, '.faceid-warnings');
    await expect(within(root).getByRole('status')).toHaveTextContent(t('ui.warnings.blockingNote'));
    await expect(root.querySelector('.faceid-actions')).toBeNull();
  },
};

/** `00000000`: no warning, nothing rendered. */
export const NoWarnings: Story = {
  args: { warnings: '00000000' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.faceid-warnings')).toBeNull();
  },
};

/** Malformed values (markup, wrong length, `__proto__`) render nothing: no warning is invented. */
export const MalformedWarnings: Story = {
  args: { warnings: MARKUP_CODE },
  render: (args) => (
    <>
      <OcrWarningList {...args} />
      <OcrWarningList {...args} warnings="1001" />
      <OcrWarningList {...args} warnings="__proto__" />
      <OcrWarningList {...args} service="bankCardOcr" warnings={{ __proto__: ['-9110'] }} />
    </>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.faceid-warnings')).toBeNull();
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};
