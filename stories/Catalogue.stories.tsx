import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CATALOGUE, ID_CARD_WARNINGS, type Service } from '../src/core/catalogue';
import { diagnoseCode } from '../src/core/diagnose';
import { ID_CARD_WARNING_OFFICIAL } from '../src/core/official';
import { sampleCode } from '../test/helpers/codes';
import { CatalogueSheet, entriesOf } from './support/CatalogueSheet';
import { storyTranslator } from './support/locales';

/**
 * The designers' review sheet: every code of each service's table, one card per meaning with its
 * alias codes, the component the person sees beside Tencent's official text.
 */
const meta = {
  title: 'Catalogue',
  component: CatalogueSheet,
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof CatalogueSheet>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every entry has its card: aliases, the localized title in the component, the official text. */
async function expectSheet({ canvasElement, args, globals }: StoryContext<{ service: Service }>) {
  const t = storyTranslator({ globals });
  const entries = entriesOf(args.service);
  await expect(entries.length).toBeGreaterThan(0);
  await expect(canvasElement.querySelectorAll('article[data-entry]')).toHaveLength(entries.length);
  for (const id of entries) {
    const row = CATALOGUE[id];
    const codes = row.codes;
    const card = canvasElement.querySelector<HTMLElement>(`article[data-entry="${id}"]`);
    await expect(card, id).not.toBeNull();
    const scope = within(card as HTMLElement);
    await expect(
      scope
        .getAllByRole('listitem')
        .filter((li) => li.closest('.sb-codes'))
        .map((li) => li.textContent),
    ).toEqual(codes);
    for (const code of row.family ? [sampleCode(id)] : codes) {
      await expect(diagnoseCode(code, { service: row.service }).id, `${code} → ${id}`).toBe(id);
    }
    const reading = diagnoseCode(sampleCode(id), { service: row.service });
    const title = t(reading.messageKeys.title);
    if (row.kind === 'warning' && row.service !== 'environment') {
      // A warning is an item of the warning list, under its "things to check" heading (an
      // environment warning is a banner, shown before the flow).
      await expect(card?.querySelector('.faceid-warning strong')).toHaveTextContent(title);
    } else {
      await expect(scope.getByRole('heading', { level: 4, name: title })).toBeVisible();
    }
    await expect(card?.querySelector('[data-official="message"]')).toHaveTextContent(
      reading.official.message,
    );
    if (row.audience === 'integrator') {
      await expect(card?.querySelector('[data-developer]')).toHaveTextContent(
        t(reading.messageKeys.developer as string, {
          code: reading.code,
          service: reading.service,
        }),
      );
    }
  }
}

const sheet = (service: Service): Story => ({ args: { service }, play: expectSheet });

/** 接入前置服务: signature, session, rate limit… resolve in every service. */
export const Gateway = sheet('gateway');
/** 人脸验证. */
export const FaceVerify = sheet('faceVerify');
/** 身份证 OCR, with the eight positions of the warning string. */
export const IdCardOcr: Story = {
  args: { service: 'idCardOcr' },
  play: async (context) => {
    await expectSheet(context);
    const t = storyTranslator(context);
    for (const warning of ID_CARD_WARNINGS) {
      const card = context.canvasElement.querySelector<HTMLElement>(
        `[data-warning-position="${warning.position}"]`,
      );
      await expect(card).not.toBeNull();
      await expect(card).toHaveTextContent(t(`idCardWarnings.${warning.id}.title`));
      await expect(card).toHaveTextContent(ID_CARD_WARNING_OFFICIAL[warning.position] as string);
    }
  },
};
/** 银行卡 OCR, errors and warnings. */
export const BankCardOcr = sheet('bankCardOcr');
/** 二要素. */
export const TwoFactor = sheet('twoFactor');
/** 驾驶证、行驶证 OCR. */
export const LicenseOcr = sheet('licenseOcr');
/** DetectAuth / 慧眼, E证通 and the eKYC H5 flow (`Text.ErrCode`, `ErrorCode`): one number space, with family fallbacks. */
export const DetectAuth = sheet('detectAuth');
/** `Text.LivenessInfoTag`: why the liveness step was refused (PLUS only). */
export const LivenessTag = sheet('livenessTag');
/** The international App SDKs (`GetFaceIdResultIntl`, `CompareResults[]`): 1201, 2004, 2017 differ from DetectAuth. */
export const EkycSdk = sheet('ekycSdk');
/** 意愿核身, questions and nod (`FinalResultDetailCode`). */
export const Intention = sheet('intention');
/** 意愿核身, reading aloud (`IntentionVerifyData.ErrorCode`): its -1 and -2 are swapped against the above. */
export const IntentionReading = sheet('intentionReading');
/** 意愿核身 `FinalResultCode`. */
export const IntentionResult = sheet('intentionResult');
/** 意愿核身 `ResultCode[]`, each answer. */
export const IntentionAnswer = sheet('intentionAnswer');
/** Cloud API 3.0 errors (`Response.Error.Code`), with family fallbacks by prefix. */
export const CloudApi = sheet('cloudApi');
/** Mainland ID-card warning codes (`WarnInfos`, `BackWarnInfos`, `Warnings`). */
export const IdCardWarningCode = sheet('idCardWarningCode');
/** eKYC `WarnCardInfos` (9101… or -9101…). */
export const IntlCardWarning = sheet('intlCardWarning');

/** GetFaceIdResult.LivenessInfoTag: the 慧眼 SDK's own numbering. */
export const FaceIdLivenessTag = sheet('faceIdLivenessTag');
