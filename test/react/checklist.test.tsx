/**
 * FaceVerifyChecklist: the start screen before the redirect to Tencent's H5 verification.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkFaceVerifyEnvironment, type EnvironmentCheck } from '../../src/core/environment';
import { copyKeys } from '../../src/core/keys';
import {
  CHECKLIST_TIPS,
  FaceVerifyChecklist,
  type FaceVerifyChecklistProps,
  type FaceVerifyMode,
} from '../../src/react/FaceVerifyChecklist';
import { expectNoAxeViolations } from './axe';
import { LANGUAGES, renderIn, text } from './helpers';

afterEach(cleanup);

/** What a JavaScript caller may pass, typed as the props. */
const asProps = (props: object) => props as FaceVerifyChecklistProps;

const MODES = Object.keys(CHECKLIST_TIPS) as FaceVerifyMode[];
const PASS: EnvironmentCheck = { ok: true, blocking: [], warnings: [] };
// WeChat 8.0 on iOS 13.7: WeChat needs iOS 14.3 (blocking).
const IOS13_WECHAT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 13_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.5(0x18000528) NetType/WIFI Language/zh_CN';
// Chrome on a Huawei P30: a warning (no H.264), the check still starts.
const HUAWEI_CHROME =
  'Mozilla/5.0 (Linux; Android 10; ELE-L29 Build/HUAWEIELE-L29) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Mobile Safari/537.36';

const startButton = (lng: string) =>
  screen.queryByRole('button', { name: text(lng, 'ui.checklist.start') });

describe.each(LANGUAGES)('FaceVerifyChecklist in %s', (lng) => {
  test.each(MODES)('mode %s: a titled list of the mode’s tips and one start button', (mode) => {
    const onStart = vi.fn();
    renderIn(lng, <FaceVerifyChecklist mode={mode} environment={PASS} onStart={onStart} />);
    const list = screen.getByRole('list', { name: text(lng, 'ui.checklist.title') });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(
      CHECKLIST_TIPS[mode].map((tip) => text(lng, `tips.${tip}`)),
    );
    expect(items.length).toBeLessThanOrEqual(5);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      text(lng, 'ui.checklist.title'),
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(1);
    fireEvent.click(startButton(lng) as HTMLElement);
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  test('a blocking finding: its title and fix, no start button', async () => {
    const environment = await checkFaceVerifyEnvironment({ userAgent: IOS13_WECHAT });
    const finding = environment.blocking[0];
    expect(finding?.id).toBe('environmentWechatIosTooOld');
    const { container } = renderIn(
      lng,
      <FaceVerifyChecklist mode="digits" environment={environment} onStart={vi.fn()} />,
    );
    const keys = copyKeys(finding?.id as string);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe(text(lng, keys.title));
    expect(alert.textContent).toContain(text(lng, keys.description));
    expect(container.textContent).toContain(text(lng, 'tips.otherBrowser'));
    expect(startButton(lng)).toBeNull();
    expect(container.textContent).not.toContain(text(lng, 'ui.checklist.title'));
    expect(container.firstElementChild?.getAttribute('data-environment')).toBe('blocked');
  });

  test('a warning: shown above the list, start still offered', async () => {
    const environment = await checkFaceVerifyEnvironment({ userAgent: HUAWEI_CHROME });
    expect(environment.ok).toBe(true);
    const finding = environment.warnings[0];
    expect(finding?.id).toBe('environmentHuaweiChrome');
    const onStart = vi.fn();
    const { container } = renderIn(
      lng,
      <FaceVerifyChecklist mode="silent" environment={environment} onStart={onStart} />,
    );
    const keys = copyKeys(finding?.id as string);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain(text(lng, keys.title));
    expect(status.textContent).toContain(text(lng, keys.description));
    // The warning comes before the checklist's title.
    const heading = screen.getByRole('heading', { level: 2 });
    expect(status.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(startButton(lng) as HTMLElement);
    expect(onStart).toHaveBeenCalledTimes(1);
    expect(container.firstElementChild?.getAttribute('data-environment')).toBe('warning');
  });
});

describe('FaceVerifyChecklist', () => {
  test('no axe violations: plain, warning and blocked', async () => {
    for (const ua of [undefined, HUAWEI_CHROME, IOS13_WECHAT]) {
      const environment = ua ? await checkFaceVerifyEnvironment({ userAgent: ua }) : PASS;
      const { container } = renderIn(
        'zh-CN',
        <FaceVerifyChecklist mode="action" environment={environment} onStart={() => {}} />,
      );
      await expectNoAxeViolations(container);
      cleanup();
    }
  });

  test('without an environment it runs the check itself; start waits for it', async () => {
    // jsdom has no camera: the check blocks.
    const first = renderIn('en', <FaceVerifyChecklist onStart={vi.fn()} />);
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    expect((first.container.firstElementChild as HTMLElement).dataset.environment).toBe('blocked');
    expect(startButton('en')).toBeNull();
    cleanup();
    // With one, it passes; the button is disabled until the check has answered.
    Object.defineProperty(navigator, 'mediaDevices', {
      value: { getUserMedia: () => Promise.resolve() },
      configurable: true,
    });
    try {
      const onStart = vi.fn();
      const { container } = renderIn('en', <FaceVerifyChecklist onStart={onStart} />);
      const root = container.firstElementChild as HTMLElement;
      expect(root.dataset.environment).toBe('checking');
      expect((startButton('en') as HTMLButtonElement).disabled).toBe(true);
      await waitFor(() => expect(root.dataset.environment).toBe('ok'));
      fireEvent.click(startButton('en') as HTMLElement);
      expect(onStart).toHaveBeenCalledTimes(1);
    } finally {
      // biome-ignore lint/suspicious/noExplicitAny: removing the stub.
      delete (navigator as any).mediaDevices;
    }
  });

  test('hostile props fall back and never throw', () => {
    const hostile = [
      { mode: 'x', onStart: 'not a function', environment: 42 },
      { mode: null, onStart: {}, environment: { blocking: 'x', warnings: null } },
      { mode: {}, environment: { blocking: [null, 1, { id: 'nope' }], warnings: [{ code: 7 }] } },
      {
        mode: 'digits',
        environment: { blocking: [{ code: 'Environment.QqBrowser' }], warnings: [] },
      },
      { headingLevel: 9, className: 42, lng: 'xx' },
    ];
    for (const props of hostile) {
      expect(() => renderIn('en', <FaceVerifyChecklist {...asProps(props)} />)).not.toThrow();
      cleanup();
    }
    // A mode it does not know reads as silent; a finding it does not know is left out.
    renderIn(
      'en',
      <FaceVerifyChecklist
        {...asProps({ mode: 'x', onStart: 'y' })}
        {...asProps({ environment: { ok: true, blocking: [{ id: 'nope' }], warnings: [] } })}
      />,
    );
    expect(
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(CHECKLIST_TIPS.silent.map((tip) => text('en', `tips.${tip}`)));
    // onStart not a function: the button does nothing, and throws nothing.
    fireEvent.click(startButton('en') as HTMLElement);
    cleanup();
    // A finding given by its code alone is read from the catalogue.
    renderIn(
      'en',
      <FaceVerifyChecklist
        {...asProps({
          environment: { blocking: [{ code: 'Environment.QqBrowser' }], warnings: [] },
        })}
      />,
    );
    expect(startButton('en')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain(
      text('en', copyKeys('environmentQqBrowser').title),
    );
  });

  test('a blocking finding only support can solve offers contact support', async () => {
    const environment = await checkFaceVerifyEnvironment({ isSecureContext: false });
    expect(environment.blocking[0]?.id).toBe('environmentInsecurePage');
    const onContactSupport = vi.fn();
    renderIn(
      'zh-CN',
      <FaceVerifyChecklist
        environment={environment}
        onStart={vi.fn()}
        onContactSupport={onContactSupport}
      />,
    );
    expect(startButton('zh-CN')).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: text('zh-CN', 'ui.actions.contactSupport') }),
    );
    expect(onContactSupport).toHaveBeenCalledTimes(1);
  });

  test('forwards its ref and takes a heading level', () => {
    let node: HTMLDivElement | null = null;
    renderIn(
      'ko',
      <FaceVerifyChecklist
        ref={(n) => {
          node = n;
        }}
        environment={PASS}
        headingLevel={3}
      />,
    );
    expect(node).toBeInstanceOf(HTMLDivElement);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      text('ko', 'ui.checklist.title'),
    );
  });
});
