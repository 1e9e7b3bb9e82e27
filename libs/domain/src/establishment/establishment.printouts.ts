import { text, type LocalizedText } from '../shared/localized-text';
import type { EstablishmentApplication } from './establishment';

export type ApplicationPrintoutKind = 'certificate' | 'refusal' | 'amendment-notice' | 'lapse-notice';

/** A document the authority prints and signs for an application; `key` names it within the application. */
export type ApplicationPrintout = {
  readonly key: string;
  readonly kind: ApplicationPrintoutKind;
  readonly title: LocalizedText;
};

/** What there is to print, in the order it was issued: each amendment notice, then the lapse or the decision. */
export function applicationPrintouts(application: EstablishmentApplication): ApplicationPrintout[] {
  const notices: ApplicationPrintout[] = application.amendments.map((request) => ({
    key: `amendment-${request.number}`,
    kind: 'amendment-notice',
    title: text(
      `Thông báo về việc sửa đổi, bổ sung hồ sơ (lần ${request.number})`,
      `Notice asking for amendments (no. ${request.number})`,
    ),
  }));
  if (application.status === 'lapsed') {
    notices.push({
      key: 'lapse',
      kind: 'lapse-notice',
      title: text('Thông báo hồ sơ hết hiệu lực', 'Notice that the dossier lapsed'),
    });
  }
  if (application.certificate) {
    notices.push({
      key: 'certificate',
      kind: 'certificate',
      title: text('Giấy chứng nhận đăng ký', 'Registration certificate'),
    });
  }
  if (application.status === 'refused') {
    notices.push({
      key: 'refusal',
      kind: 'refusal',
      title: text('Thông báo từ chối đăng ký', 'Notice of refusal'),
    });
  }
  return notices;
}
