import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { readCode } from '../src/core/describe';
import { MAX_RAW_LENGTH } from '../src/core/input';
import { FaceVerifyErrorBanner } from '../src/react/FaceVerifyErrorBanner';
import { codeArgType } from './support/codes';
import { FIXED_NOW, MARKUP_CODE, oneMegabyteCode } from './support/fixtures';
import { storyTranslator } from './support/locales';
import { actionLabels, expectMessage, rootOf, textContentIs } from './support/play';

const handlers = {
  onRetry: fn(),
  onExit: fn(),
  onEditDetails: fn(),
  onRestart: fn(),
  onContactSupport: fn(),
  onShown: fn(),
};

const meta = {
  title: 'Components/FaceVerifyErrorBanner',
  component: FaceVerifyErrorBanner,
  args: { code: '-5018', ...handlers },
  argTypes: {
    code: codeArgType(['faceVerify', 'twoFactor', 'gateway']),
    service: { control: 'inline-radio', options: ['faceVerify', 'twoFactor', 'gateway'] },
    attempt: { control: { type: 'number', min: 1, max: 9 } },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    role: { control: 'inline-radio', options: [undefined, 'alert', 'status'] },
    now: { control: 'date' },
    retryAt: { control: 'date' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'What the person sees after a face-verification attempt. Each retry policy shows its action only when its handler is passed.',
      },
    },
  },
} satisfies Meta<typeof FaceVerifyErrorBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Retry policy `now`: the person can fix it (blink) and try again at once. */
export const RetryNow: Story = {
  args: { code: '-5018', orderNo: 'FACE-20250301-0042' },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code);
    const root = rootOf(canvasElement);
    await expect(root.dataset).toMatchObject({ retry: 'now', kind: 'error', state: 'ready' });
    await expectMessage(root, t(reading.messageKeys.title), t(reading.messageKeys.description));
    const tips = within(root).getByRole('list', { name: t('ui.tipsHeading') });
    await expect(
      within(tips)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(reading.tips.map((tip) => t(`tips.${tip}`)));
    await expect(within(root).getByRole('alert')).toBeInTheDocument();
    await expect(actionLabels(root)).toEqual([t('ui.actions.retry')]);
    await expect(
      within(root).getByText(
        textContentIs(t('ui.support.reference', { reference: 'FACE-20250301-0042' })),
      ),
    ).toBeVisible();
    await userEvent.click(within(root).getByRole('button', { name: t('ui.actions.retry') }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
    await expect(args.onShown).toHaveBeenCalledWith(expect.objectContaining({ id: reading.id }));
  },
};

/**
 * Retry policy `wait`: the gateway's rate limit asks for ten minutes. `now` and `retryAt` are
 * controlled, so the countdown is frozen at 9:05 and the retry button stays disabled. The
 * countdown is the only line about the wait.
 */
export const WaitWithCountdown: Story = {
  args: { code: '400504', now: FIXED_NOW, retryAt: FIXED_NOW + 9 * 60_000 + 5_000 },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code);
    const root = rootOf(canvasElement);
    await expect(reading.retry).toEqual({ type: 'wait', minutes: 10 });
    await expect(root.dataset.retry).toBe('wait');
    const countdown = root.querySelector('.faceid-countdown') as HTMLElement;
    await expect(countdown.textContent).toBe(
      t('ui.wait.countdown', { time: t('ui.wait.time', { minutes: 9, seconds: '05' }) }),
    );
    await expect(root.querySelector('.faceid-wait')).toHaveTextContent(
      t('ui.wait.countdown', { time: t('ui.wait.time', { minutes: 9, seconds: '05' }) }),
      { normalizeWhitespace: false },
    );
    await expect(countdown.dataset.remaining).toBe(String(9 * 60 + 5));
    // The ticking time is no live region; only the end is announced.
    await expect(countdown.closest('[role="status"], [role="alert"], [aria-live]')).toBeNull();
    const retry = within(root).getByRole('button', { name: t('ui.actions.retry') });
    await expect(retry).toBeDisabled();
    await expect(within(root).queryByText(t('ui.wait.ready'))).toBeNull();
  },
};

/** The same wait once `now` has reached `retryAt`: "you can try again now", button enabled. */
export const WaitOver: Story = {
  args: { code: '400504', now: FIXED_NOW + 10 * 60_000, retryAt: FIXED_NOW + 10 * 60_000 },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement);
    // The end of the wait in a polite status of its own (the message is a status too: a wait).
    const ready = root.querySelector('.faceid-ready') as HTMLElement;
    await expect(ready).toHaveAttribute('role', 'status');
    await expect(ready).toHaveTextContent(t('ui.wait.ready'));
    await expect((root.querySelector('.faceid-countdown') as HTMLElement).textContent).toBe('');
    // Only the ready line: no "wait 10 minutes" beside "you can try again now".
    await expect((root.querySelector('.faceid-wait') as HTMLElement).textContent).toBe(
      t('ui.wait.ready'),
    );
    const retry = within(root).getByRole('button', { name: t('ui.actions.retry') });
    await expect(retry).toBeEnabled();
    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Retry policy `notToday`: the daily limit is reached. Only "Exit", never "Try again". */
export const NotToday: Story = {
  args: { code: '66660017' },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code);
    const root = rootOf(canvasElement);
    await expect(root.dataset.retry).toBe('notToday');
    await expectMessage(root, t(reading.messageKeys.title), t(reading.messageKeys.description));
    await expect(actionLabels(root)).toEqual([t('ui.actions.exit')]);
  },
};

/** Retry policy `correctDetails`: name and ID number do not match. Retrying cannot help. */
export const CorrectDetails: Story = {
  args: { code: '66660010' },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code);
    const root = rootOf(canvasElement);
    await expect(root.dataset).toMatchObject({ retry: 'correctDetails', audience: 'identity' });
    await expectMessage(root, t(reading.messageKeys.title), t(reading.messageKeys.description));
    await expect(actionLabels(root)).toEqual([t('ui.actions.editDetails')]);
    await userEvent.click(within(root).getByRole('button', { name: t('ui.actions.editDetails') }));
    await expect(args.onEditDetails).toHaveBeenCalledTimes(1);
  },
};

/** Retry policy `restart`: the session timed out; the whole flow starts again. */
export const Restart: Story = {
  args: { code: '66660018' },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code);
    const root = rootOf(canvasElement);
    await expect(root.dataset.retry).toBe('restart');
    await expectMessage(root, t(reading.messageKeys.title), t(reading.messageKeys.description));
    await expect(actionLabels(root)).toEqual([t('ui.actions.restart')]);
  },
};

/** Retry policy `contactSupport`: no photo on record; only customer service can help. */
export const ContactSupport: Story = {
  args: { code: '66660005', orderNo: 'FACE-20250301-0042' },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code);
    const root = rootOf(canvasElement);
    await expect(root.dataset.retry).toBe('contactSupport');
    await expectMessage(root, t(reading.messageKeys.title), t(reading.messageKeys.description));
    await expect(actionLabels(root)).toEqual([t('ui.actions.contactSupport')]);
    await expect(
      within(root).getByRole('button', { name: t('ui.actions.contactSupport') }),
    ).toHaveAttribute('data-variant', 'primary');
  },
};

/** Without handlers, no action is offered: the host decides what the person can do. */
export const NoHandlers: Story = {
  args: {
    code: '-5018',
    onRetry: undefined,
    onExit: undefined,
    onEditDetails: undefined,
    onRestart: undefined,
    onContactSupport: undefined,
  },
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement);
    await expect(root.querySelector('.faceid-actions')).toBeNull();
  },
};

/** Success (`0`): a short status, with no actions and no support reference. */
export const Success: Story = {
  args: { code: 0, orderNo: 'FACE-20250301-0042' },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code);
    const root = rootOf(canvasElement);
    await expect(root.dataset.kind).toBe('success');
    const status = within(root).getByRole('status');
    await expect(status).toHaveTextContent(t(reading.messageKeys.title));
    await expect(within(root).queryByRole('alert')).toBeNull();
    await expect(within(root).queryAllByRole('button')).toEqual([]);
    await expect(
      within(root).queryByText(textContentIs(t('ui.support.code', { code: '0' }))),
    ).toBeNull();
  },
};

/** The second failed attempt: still the code's own advice. */
export const SecondAttempt: Story = {
  args: { code: '-5018', attempt: 2 },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code);
    const root = rootOf(canvasElement);
    await expect(root).not.toHaveAttribute('data-escalated');
    await expect(within(root).getByText(t(reading.messageKeys.description))).toBeVisible();
    await expect(actionLabels(root)).toEqual([t('ui.actions.retry')]);
  },
};

/**
 * Attempt escalation: from the third failed attempt the advice builds on the code's own top tip
 * (brighter place, another phone, support) and "Contact support" joins "Try again".
 */
export const EscalatedAfterAttempts: Story = {
  args: { code: '-5018', attempt: 3 },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement);
    await expect(root).toHaveAttribute('data-escalated');
    await expect(within(root).getByText(t('ui.escalation.title'))).toBeVisible();
    const suggestions = Array.from(
      root.querySelectorAll('.faceid-escalation li'),
      (li) => li.textContent,
    );
    // The code's own top tip stays first, then what fits a capture problem, then support.
    await expect(suggestions).toEqual([
      t(`tips.${readCode(args.code).tips[0]}`),
      t('ui.escalation.brighterPlace'),
      t('ui.escalation.anotherDevice'),
      t('ui.escalation.contactSupport'),
    ]);
    await expect(root.querySelector('.faceid-tips')).toBeNull();
    await expect(actionLabels(root)).toEqual([
      t('ui.actions.retry'),
      t('ui.actions.contactSupport'),
    ]);
  },
};

const escalationOf = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('.faceid-escalation li'), (li) => li.textContent);

/**
 * Escalation respects whose problem it is. Left, a capture failure (no blink) on its third
 * attempt: a brighter place or another phone may help. Right, a service fault (系统超时 66660021)
 * on its third attempt: no phone or room will mend it, so it suggests trying later and support.
 */
export const EscalationCaptureVsService: Story = {
  args: { code: '-5018', attempt: 3 },
  render: (args) => (
    <div className="sheet-pair">
      <FaceVerifyErrorBanner {...args} code="-5018" headingLevel={3} />
      <FaceVerifyErrorBanner {...args} code="66660021" headingLevel={3} />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const [capture, service] = Array.from(
      canvasElement.querySelectorAll<HTMLElement>('.faceid-banner'),
    ) as [HTMLElement, HTMLElement];
    await expect(capture).toHaveAttribute('data-escalated');
    await expect(service).toHaveAttribute('data-escalated');
    await expect(escalationOf(capture)).toEqual([
      t(`tips.${readCode('-5018').tips[0]}`),
      t('ui.escalation.brighterPlace'),
      t('ui.escalation.anotherDevice'),
      t('ui.escalation.contactSupport'),
    ]);
    await expect(escalationOf(service)).toEqual([
      t('ui.escalation.tryLater'),
      t('ui.escalation.contactSupport'),
    ]);
    for (const root of [capture, service]) {
      await expect(actionLabels(root)).toContain(t('ui.actions.contactSupport'));
    }
  },
};

/** The wait before and after the countdown, side by side: one line each, agreeing with the clock. */
export const WaitBeforeAndAfter: Story = {
  args: { code: '400504' },
  render: (args) => (
    <div className="sheet-pair">
      <FaceVerifyErrorBanner
        {...args}
        headingLevel={3}
        now={FIXED_NOW}
        retryAt={FIXED_NOW + 9 * 60_000 + 59_000}
      />
      <FaceVerifyErrorBanner
        {...args}
        headingLevel={3}
        now={FIXED_NOW + 10 * 60_000}
        retryAt={FIXED_NOW + 10 * 60_000}
      />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const [before, after] = Array.from(
      canvasElement.querySelectorAll<HTMLElement>('.faceid-wait'),
    ) as [HTMLElement, HTMLElement];
    await expect(before.textContent).toBe(
      t('ui.wait.countdown', { time: t('ui.wait.time', { minutes: 9, seconds: '59' }) }),
    );
    await expect(after.textContent).toBe(t('ui.wait.ready'));
  },
};

/** Two-factor (二要素) codes are read in their own table: 66660010 is a name/ID mismatch there. */
export const TwoFactorMismatch: Story = {
  args: { code: '66660010', service: 'twoFactor' },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code, { service: 'twoFactor' });
    const root = rootOf(canvasElement);
    await expect(root.dataset).toMatchObject({ service: 'twoFactor', id: reading.id });
    await expectMessage(root, t(reading.messageKeys.title), t(reading.messageKeys.description));
  },
};

/**
 * Integrator-audience code (App ID not found): the person gets plain copy, never the jargon; the
 * diagnostic goes to the developer console and the `data-audience` attribute.
 */
export const IntegratorCode: Story = {
  args: { code: '66660001' },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code);
    const root = rootOf(canvasElement);
    await expect(root.dataset.audience).toBe('integrator');
    await expectMessage(root, t(reading.messageKeys.title), t(reading.messageKeys.description));
    await expect(root).not.toHaveTextContent(t(`developer.${reading.id}`));
    await expect(actionLabels(root)).toEqual([t('ui.actions.contactSupport')]);
  },
};

/** A gateway code (signature check failed) resolves in every service; the flow restarts. */
export const GatewaySignature: Story = {
  args: { code: '400101' },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code);
    const root = rootOf(canvasElement);
    await expect(root.dataset).toMatchObject({ service: 'gateway', audience: 'integrator' });
    await expect(root).not.toHaveTextContent(t(`developer.${reading.id}`));
    await expect(actionLabels(root)).toEqual([t('ui.actions.restart')]);
  },
};

/** A well-formed code no table knows: the fallback message, and the code kept for support. */
export const UnknownCode: Story = {
  args: { code: '12345678' },
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement);
    await expect(root.dataset).toMatchObject({ id: 'unknown', code: '12345678' });
    await expectMessage(root, t('unknown.title'), t('unknown.description'));
    await expect(
      within(root).getByText(textContentIs(t('ui.support.code', { code: '12345678' }))),
    ).toBeVisible();
  },
};

/** Markup in the code parameter is shown as text, never parsed as HTML. */
export const MalformedMarkup: Story = {
  args: { code: MARKUP_CODE },
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement);
    await expectMessage(root, t('unknown.title'), t('unknown.descriptionNoCode'));
    await expect(root.querySelector('img')).toBeNull();
    await expect((window as { __faceidXss?: boolean }).__faceidXss).toBeUndefined();
    const raw = root.dataset.code ?? '';
    await expect(raw.startsWith('<img')).toBe(true);
    await expect(Array.from(raw).length).toBeLessThanOrEqual(33);
  },
};

/** A 1 MB string as the code: read in constant time, shown truncated to 32 characters. */
export const MalformedOneMegabyte: Story = {
  args: { code: undefined },
  argTypes: { code: { control: false } },
  render: (args) => <FaceVerifyErrorBanner {...args} code={oneMegabyteCode()} />,
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement);
    await expectMessage(root, t('unknown.title'), t('unknown.descriptionNoCode'));
    // At most MAX_RAW_LENGTH characters, the … of the cut included.
    const raw = `${'6'.repeat(MAX_RAW_LENGTH - 1)}…`;
    await expect(root.dataset.code).toBe(raw);
    // Not the shape of a code: kept for the integrator, never shown.
    await expect(root.querySelector('.faceid-reference')).toBeNull();
  },
};

/**
 * A crafted link: a sentence with a phone number as the code, another as the order number. Neither
 * is displayed as the bank's own; the generic message asks to contact support, with no code line.
 */
export const CraftedLink: Story = {
  args: { code: '验证异常请立即致电4001234567领取补偿', orderNo: 'Call+4001234567-now!' },
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement);
    await expectMessage(root, t('unknown.title'), t('unknown.descriptionNoCode'));
    await expect(root.textContent).not.toContain('4001234567');
    await expect(root.querySelector('.faceid-reference')).toBeNull();
  },
};

/** `__proto__` as the code, and as the service: no prototype lookup, no pollution. */
export const MalformedProto: Story = {
  args: { code: '__proto__', service: '__proto__' as never },
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement);
    await expect(root.dataset).toMatchObject({
      id: 'unknown',
      code: '__proto__',
      service: 'faceVerify',
    });
    await expectMessage(root, t('unknown.title'), t('unknown.descriptionNoCode'));
    await expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  },
};

/** `null`: no code arrived at all. The fallback message, and no empty support reference. */
export const MissingCode: Story = {
  args: { code: null },
  play: async ({ canvasElement, globals }) => {
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement);
    await expectMessage(root, t('unknown.title'), t('unknown.descriptionNoCode'));
    await expect(root.querySelector('.faceid-reference')).toBeNull();
  },
};
