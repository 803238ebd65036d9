import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { readH5Callback } from '../src/core/callback';
import { SERVICES } from '../src/core/catalogue';
import { readCode } from '../src/core/describe';
import { decodeIdCardWarnings, parseBankCardWarnings } from '../src/core/warnings';
import { storyTranslator } from './support/locales';
import { Playground } from './support/Playground';
import { textContentIs } from './support/play';

const CALLBACK_URL =
  'https://example.com/verify/result?code=66660023&orderNo=FACE20250301000042&h5faceId=wb04f10695c3651ce155fea7070b74c9&newSignature=4D8B5F0C5A1E3A3F3F7F2B8C9D0E1F2A3B4C5D6E&liveRate=99';

/**
 * Paste a response code, an ID-card warning string (`10010100`), a bank-card warning value
 * (`[-9110,-9114]`) or a whole H5 callback URL, and see what the core reads and what the person sees.
 */
const meta = {
  title: 'Playground',
  component: Playground,
  tags: ['!autodocs'],
  args: { input: '-5018', service: 'faceVerify' },
  argTypes: {
    input: { control: 'text' },
    service: { control: 'select', options: SERVICES },
  },
  // Typing in the story must start from the args again when they change.
  render: (args) => <Playground key={`${args.service}|${args.input}`} {...args} />,
} satisfies Meta<typeof Playground>;

export default meta;
type Story = StoryObj<typeof meta>;

const detected = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('output')?.getAttribute('data-detected');

/** A response code: its diagnosis (describeCode plus the official text) and the banner. */
export const Code: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.input);
    await expect(detected(canvasElement)).toBe('code');
    await expect(canvasElement.querySelector('[data-field="id"]')).toHaveTextContent(reading.id);
    await expect(
      within(canvasElement).getByRole('heading', { name: t(reading.messageKeys.title) }),
    ).toBeVisible();
  },
};

/** A full H5 callback URL: every parameter read, and the banner for its code with the order number. */
export const H5CallbackUrl: Story = {
  args: { input: CALLBACK_URL },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const callback = readH5Callback(args.input);
    await expect(detected(canvasElement)).toBe('callback');
    for (const [field, value] of Object.entries(callback)) {
      await expect(canvasElement.querySelector(`[data-field="${field}"]`)).toHaveTextContent(value);
    }
    const reading = readCode(callback.code);
    await expect(
      within(canvasElement).getByRole('heading', { name: t(reading.messageKeys.title) }),
    ).toBeVisible();
    await expect(
      within(canvasElement).getByText(
        textContentIs(t('ui.support.reference', { reference: callback.orderNo })),
      ),
    ).toBeVisible();
  },
};

/** An ID-card warning string. */
export const IdCardWarningString: Story = {
  args: { input: '10010100', service: 'idCardOcr' },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    await expect(detected(canvasElement)).toBe('idCardWarnings');
    for (const warning of decodeIdCardWarnings(args.input).warnings) {
      await expect(within(canvasElement).getByText(t(warning.messageKeys.title))).toBeVisible();
    }
  },
};

/** A bank-card warning value. */
export const BankCardWarningValue: Story = {
  args: { input: '[-9110,-9114]', service: 'bankCardOcr' },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    await expect(detected(canvasElement)).toBe('bankCardWarnings');
    for (const warning of parseBankCardWarnings(args.input).warnings) {
      await expect(within(canvasElement).getByText(t(warning.messageKeys.title))).toBeVisible();
    }
  },
};

/** Pasting: from a code to a callback URL, then a hostile value, then another service. */
export const PasteAndSwitch: Story = {
  args: { input: '' },
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const canvas = within(canvasElement);
    const field = canvas.getByRole('textbox');
    await expect(detected(canvasElement)).toBe('empty');

    await userEvent.click(field);
    await userEvent.paste('https://example.com/r?code=-5018&orderNo=A1');
    await expect(detected(canvasElement)).toBe('callback');
    await expect(
      canvas.getByRole('heading', { name: t(readCode('-5018').messageKeys.title) }),
    ).toBeVisible();

    await userEvent.clear(field);
    await userEvent.paste('<b>-1102</b>');
    await expect(canvasElement.querySelector('.sb-result b')).toBeNull();
    await expect(canvas.getByRole('heading', { name: t('unknown.title') })).toBeVisible();

    await userEvent.clear(field);
    await userEvent.paste('-1102');
    await userEvent.selectOptions(canvas.getByRole('combobox'), 'licenseOcr');
    const license = readCode('-1102', { service: 'licenseOcr' });
    await expect(canvas.getByRole('heading', { name: t(license.messageKeys.title) })).toBeVisible();
  },
};
