import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { readCode } from '../src/core/describe';
import { readResult } from '../src/core/result';
import { FaceIdResultBanner, type ResultService } from '../src/react/FaceIdResultBanner';
import { codeArgType } from './support/codes';
import { storyTranslator } from './support/locales';
import { actionLabels, expectMessage, rootOf } from './support/play';

const RESULT_SERVICES: readonly ResultService[] = [
  'detectAuth',
  'ekycSdk',
  'livenessTag',
  'faceIdLivenessTag',
  'intention',
  'intentionReading',
  'intentionResult',
  'intentionAnswer',
  'cloudApi',
];

const meta = {
  title: 'Components/FaceIdResultBanner',
  component: FaceIdResultBanner,
  args: {
    code: '1004',
    service: 'detectAuth',
    onRetry: fn(),
    onExit: fn(),
    onEditDetails: fn(),
    onRestart: fn(),
    onContactSupport: fn(),
    onShown: fn(),
  },
  argTypes: {
    code: codeArgType([...RESULT_SERVICES, 'gateway']),
    service: { control: 'select', options: RESULT_SERVICES },
    attempt: { control: { type: 'number', min: 1, max: 9 } },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    now: { control: 'date' },
    retryAt: { control: 'date' },
  },
  parameters: {
    docs: {
      description: {
        component: [
          'What the person sees once the page has the result of a DetectAuth (慧眼), E证通 or eKYC flow, an App SDK, 意愿核身 or a Cloud API 3.0 call: the message, tips, the next step and a support reference.',
          'Read the code **in its service**: `readResult(serverJson).codes[0]` gives both (`Text.ErrCode` → `detectAuth`, `GetFaceIdResultIntl.Result` → `ekycSdk` with `{ service: "ekycSdk" }`, `Response.Error.Code` → `cloudApi`). The same number means different things: DetectAuth 1004 is a failed liveness check, the eKYC SDK’s 1004 is no face found.',
          'The bundle carries the result rows and the gateway rows only: no H5 face rows, no OCR rows.',
        ].join('\n\n'),
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code, { service: args.service });
    const root = rootOf(canvasElement);
    await expect(root.dataset).toMatchObject({ service: reading.service, id: reading.id });
    if (reading.kind === 'success') {
      await expect(within(root).getByRole('status')).toHaveTextContent(
        t(reading.messageKeys.title),
      );
    } else {
      await expectMessage(root, t(reading.messageKeys.title), t(reading.messageKeys.description));
    }
  },
} satisfies Meta<typeof FaceIdResultBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** DetectAuth 1004: the liveness check failed; the person can try again at once. */
export const DetectAuthLivenessFailed: Story = {
  args: { code: '1004', orderNo: 'DA-20250301-0042' },
  play: async (context) => {
    await meta.play(context);
    const { canvasElement, args, globals } = context;
    const t = storyTranslator({ globals });
    const root = rootOf(canvasElement);
    await expect(root.dataset.retry).toBe('now');
    await expect(actionLabels(root)).toEqual([t('ui.actions.retry')]);
    await userEvent.click(within(root).getByRole('button', { name: t('ui.actions.retry') }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** DetectAuth 0: verified. A short status, no actions, no support reference. */
export const DetectAuthSuccess: Story = {
  args: { code: '0', orderNo: 'DA-20250301-0042' },
  play: async (context) => {
    await meta.play(context);
    const root = rootOf(context.canvasElement);
    await expect(root.dataset.kind).toBe('success');
    await expect(within(root).queryAllByRole('button')).toEqual([]);
  },
};

/** DetectAuth 301: the ID number does not match; the flow starts again with the right details. */
export const DetectAuthIdNumberMismatch: Story = {
  args: { code: '301' },
  play: async (context) => {
    await meta.play(context);
    const t = storyTranslator(context);
    const root = rootOf(context.canvasElement);
    await expect(root.dataset).toMatchObject({ audience: 'identity', retry: 'restart' });
    await expect(actionLabels(root)).toEqual([t('ui.actions.restart')]);
  },
};

/** DetectAuth 15: the session expired (the integrator's link): start again, no jargon shown. */
export const DetectAuthSessionExpired: Story = {
  args: { code: '15' },
  play: async (context) => {
    await meta.play(context);
    const root = rootOf(context.canvasElement);
    await expect(root.dataset).toMatchObject({ audience: 'integrator', retry: 'restart' });
  },
};

/** The eKYC App SDK's 1004 (`GetFaceIdResultIntl`): no face found, not DetectAuth's liveness failure. */
export const EkycNoFace: Story = {
  args: { code: '1004', service: 'ekycSdk' },
  play: async (context) => {
    await meta.play(context);
    const root = rootOf(context.canvasElement);
    await expect(root.dataset.id).toBe('ekycSdkNoFace');
    await expect(readCode('1004', { service: 'detectAuth' }).id).not.toBe(root.dataset.id);
  },
};

/**
 * The eKYC App SDK's 2017 (part of the face hidden; in DetectAuth, 2017 is a records fault), on
 * the third attempt: the advice escalates and "Contact support" joins "Try again".
 */
export const EkycFaceIncompleteEscalated: Story = {
  args: { code: '2017', service: 'ekycSdk', attempt: 3 },
  play: async ({ canvasElement, args, globals }) => {
    const t = storyTranslator({ globals });
    const reading = readCode(args.code, { service: args.service });
    const root = rootOf(canvasElement);
    await expect(root.dataset.id).toBe('ekycSdkFaceIncomplete');
    await expect(
      within(root).getByRole('heading', { name: t(reading.messageKeys.title) }),
    ).toBeVisible();
    await expect(root).toHaveAttribute('data-escalated');
    await expect(within(root).getByText(t('ui.escalation.title'))).toBeVisible();
    await expect(actionLabels(root)).toEqual([
      t('ui.actions.retry'),
      t('ui.actions.contactSupport'),
    ]);
  },
};

const SERVER_RESULT = {
  Response: {
    Text: { ErrCode: 1201, ErrMsg: '光线不佳', LivenessDetail: [{ Errcode: 1201 }] },
    RequestId: 'r-1',
  },
};

/**
 * As a host uses it: the server's `GetDetectInfoEnhanced` JSON through `readResult`, its first
 * code shown in the service the shape says (`Text.ErrCode` → detectAuth 1201: too dark or bright).
 */
export const FromServerResult: Story = {
  args: (() => {
    const first = readResult(SERVER_RESULT).codes[0];
    return { code: first?.code ?? '', service: first?.service as ResultService };
  })(),
  play: async (context) => {
    await meta.play(context);
    const root = rootOf(context.canvasElement);
    await expect(root.dataset).toMatchObject({
      code: '1201',
      service: 'detectAuth',
      id: 'detectAuthLight',
    });
  },
};
