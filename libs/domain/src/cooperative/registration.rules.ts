import type { RuleBook } from '../legal/rule-pack';
import type { LegalBasis } from '../legal/legal-basis';
import { isSameOrLaterRegime, REGIMES, regimeInForceOn, type LegalRegime } from '../legal/legal-regime';
import type { FieldProblem } from '../shared/domain-error';
import { compareIsoDates, isIsoDate, type IsoDate } from '../shared/iso-date';
import { text } from '../shared/localized-text';
import type { RegistrationDetails } from './cooperative.commands';

/**
 * The code printed on the registration certificate. Since Circular 07/2019 it is the 10-digit enterprise and tax
 * code; older certificates carry codes such as `1807A00123` or `27.07.G.000123`. Stored uppercase.
 */
export const REGISTRATION_CODE_PATTERN = /^[A-Z0-9][A-Z0-9./-]{2,30}[A-Z0-9]$/;
/** Administrative unit codes of the General Statistics Office: province (2 digits), district (3), commune (5). */
export const TERRITORY_CODE_PATTERN = /^(\d{2}|\d{3}|\d{5})$/;
export const MAX_NAME_LENGTH = 255;
export const MAX_MEMBER_COUNT = 1_000_000;

/** Whitespace collapsed, Unicode in NFC (the same Vietnamese text typed on two keyboards compares equal). */
export function normalizeName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function normalizeRegistrationCode(code: string): string {
  return code.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

export function normalizeRegistration<T extends RegistrationDetails>(details: T): T {
  return {
    ...details,
    name: normalizeName(details.name),
    registrationCode: normalizeRegistrationCode(details.registrationCode),
    territoryCode: details.territoryCode.trim(),
  };
}

/** Every problem with a registration, so the user can fix them all at once. Expects normalized details. */
export function checkRegistration(details: RegistrationDetails, today: IsoDate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!REGISTRATION_CODE_PATTERN.test(details.registrationCode)) {
    problems.push({
      field: 'registrationCode',
      reason: text(
        'Mã số đăng ký không đúng định dạng: 4–32 ký tự gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch chéo.',
        'The registration code is not in the expected format: 4–32 characters of unaccented letters, digits, ".", "-" or "/".',
      ),
      fix: text(
        'Nhập đúng mã số in trên giấy chứng nhận đăng ký, ví dụ 2400123456.',
        'Enter the code exactly as printed on the registration certificate, e.g. 2400123456.',
      ),
    });
  }
  if (details.name.length === 0 || details.name.length > MAX_NAME_LENGTH || !/\p{L}/u.test(details.name)) {
    problems.push({
      field: 'name',
      reason: text(
        `Tên phải có chữ và dài tối đa ${MAX_NAME_LENGTH} ký tự.`,
        `The name must contain letters and be at most ${MAX_NAME_LENGTH} characters long.`,
      ),
      fix: text('Nhập tên như trên giấy chứng nhận đăng ký.', 'Enter the name as it appears on the certificate.'),
    });
  }
  if (!TERRITORY_CODE_PATTERN.test(details.territoryCode)) {
    problems.push({
      field: 'territoryCode',
      reason: text(
        'Mã đơn vị hành chính phải gồm 2 (tỉnh), 3 (huyện) hoặc 5 (xã) chữ số.',
        'The territory code must have 2 (province), 3 (district) or 5 (commune) digits.',
      ),
      fix: text(
        'Dùng mã đơn vị hành chính của Tổng cục Thống kê nơi đặt trụ sở chính.',
        "Use the statistics office's code of the unit where the head office is.",
      ),
    });
  }
  if (!Number.isInteger(details.memberCount) || details.memberCount < 1 || details.memberCount > MAX_MEMBER_COUNT) {
    problems.push({
      field: 'memberCount',
      reason: text(
        `Số thành viên phải là số nguyên từ 1 đến 1.000.000.`,
        `The member count must be a whole number from 1 to 1,000,000.`,
      ),
    });
  }
  if (!isIsoDate(details.registeredOn)) {
    problems.push({
      field: 'registeredOn',
      reason: text('Ngày đăng ký không phải là ngày hợp lệ.', 'The registration date is not a valid date.'),
      fix: text('Dùng định dạng YYYY-MM-DD, ví dụ 2015-03-20.', 'Use the format YYYY-MM-DD, e.g. 2015-03-20.'),
    });
  } else if (compareIsoDates(details.registeredOn, today) > 0) {
    problems.push({
      field: 'registeredOn',
      reason: text(
        `Ngày đăng ký ${details.registeredOn} nằm sau ngày hôm nay (${today}).`,
        `The registration date ${details.registeredOn} is after today (${today}).`,
      ),
      fix: text('Nhập ngày cấp giấy chứng nhận đăng ký lần đầu.', 'Enter the date the first certificate was issued.'),
    });
  } else {
    const original = regimeInForceOn(details.registeredOn);
    if (!isSameOrLaterRegime(details.regime, original)) {
      problems.push({
        field: 'regime',
        reason: text(
          `Hợp tác xã đăng ký ngày ${details.registeredOn} thuộc ${REGIMES[original].title.vi} hoặc luật mới hơn, không thể thuộc ${REGIMES[details.regime].title.vi}.`,
          `A cooperative registered on ${details.registeredOn} is under the ${REGIMES[original].title.en} or a later law, not the ${REGIMES[details.regime].title.en}.`,
        ),
        fix: text(
          'Chọn luật mà điều lệ hiện hành của hợp tác xã tuân theo.',
          "Choose the law the cooperative's current charter conforms to.",
        ),
      });
    }
  }
  return problems;
}

/**
 * Why the registry may record this cooperative: its registration under the law in force on the registration date,
 * and, where it now operates under a later law, the transitional article that carried it over.
 */
export function registrationBasis(rules: RuleBook, regime: LegalRegime, registeredOn: IsoDate): LegalBasis {
  const original = regimeInForceOn(registeredOn);
  const registration = rules.basis(original, 'registration.record', registeredOn);
  if (original === regime || regime === 'law-2003') {
    return { ...registration, ruleId: 'registry.record-registration', regime };
  }
  const carriedOver = rules.basis(regime, 'registration.transition', registeredOn);
  return {
    ...carriedOver,
    ruleId: 'registry.record-registration',
    citation: text(
      `${registration.citation.vi}; ${carriedOver.citation.vi}`,
      `${registration.citation.en}; ${carriedOver.citation.en}`,
    ),
    confirmed: registration.confirmed && carriedOver.confirmed,
  };
}
