import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { readCode } from '../src/core/describe';
import { FaceIdGuidanceProvider } from '../src/react/FaceIdGuidanceProvider';
import { LOADERS } from '../src/react/i18n';
import { useFaceIdGuidance } from '../src/react/useFaceIdGuidance';
import { storyLanguage, storyTranslator, translatorFor } from './support/locales';

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
 * While the language loads, and after every download of it failed, the hook gives the bundled
 * floor (a generic title, the action labels): drawn the same, busy while loading.
 */
function PlainBanner({ code, attempt }: CustomToastProps) {
  const g = useFaceIdGuidance(code, { attempt, onRetry: () => {}, onContactSupport: () => {} });
  const lead = g.escalated ? g.escalation.title : g.description;
  const lines = g.escalated ? g.escalation.suggestions : g.tips.map((tip) => tip.text);
  const waiting = g.remainingMs > 0;
  return (
    <section
      lang={g.language}
      aria-labelledby="plain-title"
      aria-busy={!g.ready && g.error === undefined}
      data-kind={g.reading.kind}
    >
      <h2 id="plain-title">{g.title}</h2>
      {lead ? <p>{lead}</p> : null}
      {lines.length > 0 ? (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
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

let failDownloads: (() => void) | undefined;

/**
 * Before the strings are there, and after every download of them failed: the same banner over the
 * hook's floor — its generic title and the action labels, in the language asked for (no
 * preloaded catalogue here; the `faceid` download is held back, then fails).
 */
export const PlainElementsBeforeTheStrings: Story = {
  parameters: { faceid: { provider: false } },
  args: { code: '-5018', attempt: 3 },
  beforeEach: ({ globals }) => {
    const loaders = LOADERS.faceid as Record<string, () => Promise<unknown>>;
    const lng = storyLanguage(globals);
    const real = loaders[lng];
    let fail: () => void = () => {};
    const gate = new Promise<never>((_, reject) => {
      fail = () => reject(new Error('offline'));
    });
    gate.catch(() => {});
    loaders[lng] = () => gate;
    failDownloads = fail;
    return () => {
      fail();
      if (real) loaders[lng] = real;
      failDownloads = undefined;
    };
  },
  render: (args, { globals }) => (
    <FaceIdGuidanceProvider lng={storyLanguage(globals)}>
      <PlainBanner {...args} />
    </FaceIdGuidanceProvider>
  ),
  play: async ({ canvasElement, globals }) => {
    // The floor is the language's own (a pseudo-locale's base language: no pseudo text loads).
    const t = translatorFor(storyLanguage(globals));
    const section = await waitFor(() => {
      const found = canvasElement.querySelector('section');
      if (!found) throw new Error('not rendered yet');
      return found;
    });
    const floor = async (busy: boolean) => {
      await expect(section).toHaveAttribute('aria-busy', String(busy));
      await expect(
        within(section).getByRole('heading', { name: t('unknown.title') }),
      ).toBeVisible();
      await expect(
        within(section)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual([t('ui.actions.retry'), t('ui.actions.contactSupport')]);
    };
    await floor(true);
    failDownloads?.();
    // i18next's retries over about 6 s, then the floor stays, no longer busy.
    await waitFor(() => expect(section).toHaveAttribute('aria-busy', 'false'), { timeout: 20_000 });
    await floor(false);
  },
};
