import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { TIPS } from '../src/core/catalogue';
import { readCode } from '../src/core/describe';
import { GuidanceTips } from '../src/react/GuidanceTips';
import { codeArgType } from './support/codes';
import { storyTranslator } from './support/locales';

const SERVICES = [
  'faceVerify',
  'idCardOcr',
  'bankCardOcr',
  'twoFactor',
  'licenseOcr',
  'gateway',
] as const;

const meta = {
  title: 'Components/GuidanceTips',
  component: GuidanceTips,
  args: { code: '-5018' },
  argTypes: {
    code: codeArgType(SERVICES),
    service: { control: 'select', options: SERVICES },
    tips: { control: 'check', options: TIPS },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The guidance tips on their own, for a code or a chosen list, each with its illustration.',
      },
    },
  },
} satisfies Meta<typeof GuidanceTips>;

export default meta;
type Story = StoryObj<typeof meta>;

const tipTexts = (canvasElement: HTMLElement) =>
  Array.from(canvasElement.querySelectorAll('.faceid-tip'), (item) => item.textContent);

/** The tips of a code (-5018: no blink). */
export const ForCode: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    await expect(tipTexts(canvasElement)).toEqual(
      readCode(args.code).tips.map((tip) => t(`tips.${tip}`)),
    );
  },
};

/** The tips of an ID-card code, read in its service. */
export const ForIdCardCode: Story = {
  args: { code: '66661010', service: 'idCardOcr' },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    await expect(tipTexts(canvasElement)).toEqual(
      readCode(args.code, { service: 'idCardOcr' }).tips.map((tip) => t(`tips.${tip}`)),
    );
  },
};

/** The whole vocabulary: every tip with its illustration, for the designers' review. */
export const EveryTip: Story = {
  args: { code: undefined, tips: TIPS },
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    await expect(tipTexts(canvasElement)).toEqual(TIPS.map((tip) => t(`tips.${tip}`)));
    await expect(
      canvasElement.querySelectorAll('.faceid-tip svg[aria-hidden="true"]'),
    ).toHaveLength(TIPS.length);
  },
};

/** Names outside the vocabulary are dropped. */
export const UnknownTipsDropped: Story = {
  args: { code: undefined, tips: ['light', '__proto__', 'toString'] as never },
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    await expect(tipTexts(canvasElement)).toEqual([t('tips.light')]);
  },
};

/** A code without tips (success) renders nothing. */
export const NoTips: Story = {
  args: { code: '0' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.faceid-tips')).toBeNull();
  },
};
