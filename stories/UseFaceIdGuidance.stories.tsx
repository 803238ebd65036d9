import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { readCode } from '../src/core/describe';
import { useFaceIdGuidance } from '../src/react/useFaceIdGuidance';
import { storyTranslator } from './support/locales';

interface CustomToastProps {
  /** Any raw code. */
  code: unknown;
  /** How many attempts have failed so far. */
  attempt?: number;
}

/** A host's own UI over the hook: a compact toast, with the integrator diagnostic kept apart. */
function CustomToast({ code, attempt }: CustomToastProps) {
  const guidance = useFaceIdGuidance(code, { attempt });
  if (!guidance.ready) return null;
  return (
    <div className="sb-entry">
      <p style={{ margin: 0 }}>
        <strong>{guidance.title}</strong> {guidance.description}
      </p>
      <p style={{ margin: 0 }} data-retry={guidance.reading.retry.type}>
        {guidance.tips.map(({ tip, text }) => (
          <span key={tip} data-tip={tip} style={{ marginInlineEnd: 8 }}>
            · {text}
          </span>
        ))}
      </p>
      {guidance.developerMessage ? (
        <details lang="en">
          <summary>For developers</summary>
          <p data-developer="">{guidance.developerMessage}</p>
        </details>
      ) : null}
    </div>
  );
}

/**
 * `useFaceIdGuidance(code, options)`: the localized strings and the policy of a code, for hosts
 * that build their own UI. The components are thin layers over it.
 */
const meta = {
  title: 'Guides/useFaceIdGuidance',
  component: CustomToast,
  tags: ['!autodocs'],
  args: { code: '-5018' },
  argTypes: { code: { control: 'text' } },
} satisfies Meta<typeof CustomToast>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CustomUi: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(t(reading.messageKeys.title))).toBeVisible();
    for (const tip of reading.tips) {
      await expect(canvas.getByText(t(`tips.${tip}`), { exact: false })).toBeVisible();
    }
    await expect(canvasElement.querySelector('[data-developer]')).toBeNull();
  },
};

/** An integrator code: the hook also returns the developer diagnostic, for the host's logs. */
export const IntegratorDiagnostic: Story = {
  args: { code: '400101' },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code);
    await expect(canvasElement.querySelector('[data-developer]')).toHaveTextContent(
      t(`developer.${reading.id}`, { code: reading.code, service: reading.service }),
    );
  },
};
