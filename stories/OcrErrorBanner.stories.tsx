import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { readCode } from '../src/core/describe';
import { OcrErrorBanner } from '../src/react/OcrErrorBanner';
import { codeArgType } from './support/codes';
import { storyTranslator } from './support/locales';
import { actionLabels, expectMessage, rootOf } from './support/play';

const meta = {
  title: 'Components/OcrErrorBanner',
  component: OcrErrorBanner,
  args: {
    service: 'idCardOcr',
    code: '66661006',
    onRetake: fn(),
    onRestart: fn(),
    onContactSupport: fn(),
    onShown: fn(),
  },
  argTypes: {
    code: codeArgType(['idCardOcr', 'bankCardOcr', 'licenseOcr', 'gateway']),
    service: { control: 'inline-radio', options: ['idCardOcr', 'bankCardOcr', 'licenseOcr'] },
    attempt: { control: { type: 'number', min: 1, max: 9 } },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'What the person sees when a card photo could not be read, with retake guidance. Codes are read in the OCR service passed.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code, { service: args.service });
    const root = rootOf(canvasElement);
    await expect(root.dataset).toMatchObject({ service: reading.service, id: reading.id });
    await expectMessage(root, t(reading.messageKeys.title), t(reading.messageKeys.description));
    for (const tip of reading.tips) {
      await expect(within(root).getByText(t(`tips.${tip}`))).toBeVisible();
    }
  },
} satisfies Meta<typeof OcrErrorBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The emblem side was photographed instead of the portrait side: retake. */
export const IdCardWrongSide: Story = {
  play: async (context) => {
    await meta.play(context);
    const { canvasElement, args, globals } = context;
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement);
    await expect(actionLabels(root)).toEqual([t('ui.actions.retake')]);
    await userEvent.click(within(root).getByRole('button', { name: t('ui.actions.retake') }));
    await expect(args.onRetake).toHaveBeenCalledTimes(1);
  },
};

/** The ID card has expired: retake with a valid card. */
export const IdCardExpired: Story = { args: { code: '66661003' } };

/** A blurry bank card. */
export const BankCardBlurry: Story = {
  args: { service: 'bankCardOcr', code: '-9012' },
  play: async (context) => {
    await meta.play(context);
    const t = storyTranslator(context);
    await expect(actionLabels(rootOf(context.canvasElement))).toEqual([t('ui.actions.retake')]);
  },
};

/** `-1102` in licence OCR is an unreadable image — not "no face" as in face verification. */
export const LicenseImageUnreadable: Story = {
  args: { service: 'licenseOcr', code: -1102 },
  play: async (context) => {
    await meta.play(context);
    await expect(readCode(-1102, { service: 'licenseOcr' }).id).not.toBe(readCode(-1102).id);
  },
};

/** An integration problem (licence parameter too long): no retake, only customer service. */
export const LicenseIntegratorCode: Story = {
  args: { service: 'licenseOcr', code: '-1304' },
  play: async (context) => {
    await meta.play(context);
    const t = storyTranslator(context);
    const root = rootOf(context.canvasElement);
    await expect(root.dataset.audience).toBe('integrator');
    await expect(actionLabels(root)).toEqual([t('ui.actions.contactSupport')]);
  },
};

/** The third failed retake: the advice escalates and support is offered. */
export const RetakeEscalated: Story = {
  args: { service: 'bankCardOcr', code: '-9012', attempt: 3 },
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement);
    await expect(within(root).getByText(t('ui.escalation.title'))).toBeVisible();
    await expect(actionLabels(root)).toEqual([
      t('ui.actions.retake'),
      t('ui.actions.contactSupport'),
    ]);
  },
};

/** The card was read: a short success status, no retake. */
export const IdCardSuccess: Story = {
  args: { code: '0' },
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode('0', { service: 'idCardOcr' });
    const root = rootOf(canvasElement);
    await expect(within(root).getByRole('status')).toHaveTextContent(t(reading.messageKeys.title));
    await expect(within(root).queryByRole('button')).toBeNull();
  },
};
