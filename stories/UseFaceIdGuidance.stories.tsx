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
 * The face banner rebuilt from the hook with plain elements: the hook holds the whole policy
 * (which actions, which is primary, disabled during a wait, the countdown), the host only draws.
 */
function PlainBanner({ code, attempt }: CustomToastProps) {
  const g = useFaceIdGuidance(code, { attempt, onRetry: () => {}, onContactSupport: () => {} });
  if (!g.ready) return <div aria-busy="true" />;
  const waiting = g.remainingMs > 0;
  return (
    <section lang={g.language} aria-labelledby="plain-title" data-kind={g.reading.kind}>
      <h2 id="plain-title">{g.title}</h2>
      <p>{g.escalated ? g.escalation.title : g.description}</p>
      <ul>
        {(g.escalated ? g.escalation.suggestions : g.tips.map((tip) => tip.text)).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {waiting ? <p>{g.waitText(g.remainingMs)}</p> : null}
      {g.actions.map((a) => (
        <button
          key={a.action}
          type="button"
          data-primary={a.primary || undefined}
          disabled={a.disabled}
          onClick={a.onPress}
        >
          {a.label}
        </button>
      ))}
      {g.displayCode ? <p>{g.supportCode}</p> : null}
    </section>
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

/** The face banner rebuilt over the hook with plain elements (fewer than 40 lines). */
export const PlainElements: Story = {
  render: (args) => <PlainBanner {...args} />,
  args: { code: '-5018', attempt: 3 },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: t(reading.messageKeys.title) })).toBeVisible();
    const buttons = canvas.getAllByRole('button');
    await expect(buttons.map((b) => b.textContent)).toEqual([
      t('ui.actions.retry'),
      t('ui.actions.contactSupport'),
    ]);
    await expect(buttons[0]).toHaveAttribute('data-primary', 'true');
  },
};

/** A wait: the hook disables "Try again" and counts down; support stays available. */
export const PlainElementsWaiting: Story = {
  render: (args) => <PlainBanner {...args} />,
  args: { code: '400504', attempt: 1 },
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const retry = within(canvasElement).getByRole('button', { name: t('ui.actions.retry') });
    await expect(retry).toBeDisabled();
  },
};
