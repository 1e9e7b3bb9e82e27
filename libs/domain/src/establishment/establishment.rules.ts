import type { RuleBook } from '../legal/rule-pack';
import type { Period } from '../calendar/deadline';
import { legalBasis, type LegalBasis } from '../legal/legal-basis';
import { memberMinimum } from '../cooperative/membership.rules';
import { regimeInForceOn, type LegalRegime } from '../legal/legal-regime';
import { MAX_NAME_LENGTH, normalizeName, TERRITORY_CODE_PATTERN } from '../cooperative/registration.rules';
import { canonicalJson } from '../shared/canonical-json';
import type { FieldProblem } from '../shared/domain-error';
import { compareIsoDates, isIsoDate } from '../shared/iso-date';
import type { IsoDate } from '../shared/iso-date';
import { formatVnd } from '../shared/money';
import { text, type LocalizedText } from '../shared/localized-text';
import type { CooperativeStatus } from '../cooperative/cooperative';
import { formatVietnamese } from '../calendar/calendar-date';
import { DomainError } from '../shared/domain-error';
import {
  APPLICATION_STATUS_LABELS,
  DOCUMENT_KIND_LABELS,
  type ApplicationScreening,
  type EstablishmentApplication,
  type DocumentKind,
  type EstablishmentCheck,
  type EstablishmentDossier,
} from './establishment';

const basis = legalBasis;

/** The law an application is decided under: the one in force on the day it was filed. */
export const regimeForFiling = (filedOn: IsoDate): LegalRegime =>
  regimeInForceOn(filedOn) === 'law-2023' ? 'law-2023' : 'law-2012';

function minimumMembers(rules: RuleBook, regime: LegalRegime, dossier: EstablishmentDossier, on: IsoDate) {
  return memberMinimum(rules, regime, dossier.kind, on);
}

function capitalCap(
  rules: RuleBook,
  regime: LegalRegime,
  dossier: EstablishmentDossier,
  on: IsoDate,
): { percent: number; basis: LegalBasis } | null {
  if (dossier.kind === 'group') return null;
  const parameterId =
    regime === 'law-2023' && dossier.kind === 'union' ? 'capital.member-share.union' : 'capital.member-share';
  const rule = rules.rule(regime, parameterId, on);
  return { percent: Math.round((rule.value as number) * 100), basis: rule.basis };
}

const NAME_PREFIX: Record<EstablishmentDossier['kind'], string> = {
  cooperative: 'Hợp tác xã',
  union: 'Liên hiệp hợp tác xã',
  group: 'Tổ hợp tác',
};

/**
 * The automatic checks of a dossier under the regime of its filing date, each with its legal basis. A failed check
 * does not stop the application: the officer sees it, with the rule, and decides.
 */
export function checkEstablishment(
  dossier: EstablishmentDossier,
  regime: LegalRegime,
  screening: ApplicationScreening,
  rules: RuleBook,
  on: IsoDate,
): EstablishmentCheck[] {
  const checks: EstablishmentCheck[] = [];

  const minimum = minimumMembers(rules, regime, dossier, on);
  const counted = dossier.members.filter(
    (member) =>
      (regime === 'law-2012' || member.membership === 'official') &&
      (dossier.kind !== 'union' || member.type === 'cooperative'),
  ).length;
  checks.push({
    ruleId: 'establishment.min-members',
    passed: counted >= minimum.count,
    label: text(`Tối thiểu ${minimum.count} ${minimum.who.vi}`, `At least ${minimum.count} ${minimum.who.en}`),
    detail: text(`Hồ sơ có ${counted} ${minimum.who.vi}.`, `The dossier lists ${counted} ${minimum.who.en}.`),
    legalBasis: minimum.basis,
  });

  const cap = capitalCap(rules, regime, dossier, on);
  if (cap) {
    const largest = dossier.members.reduce((max, member) => Math.max(max, member.contribution), 0);
    const share = dossier.charterCapital > 0 ? (largest / dossier.charterCapital) * 100 : 100;
    // Compare in basis points: 20.0% passes, 20.1% does not, and floating point cannot blur the edge.
    const passed = Math.round(share * 100) <= cap.percent * 100;
    checks.push({
      ruleId: 'establishment.capital-share',
      passed,
      label: text(
        `Một thành viên góp tối đa ${cap.percent}% vốn điều lệ`,
        `No member holds more than ${cap.percent}% of the charter capital`,
      ),
      detail: text(
        `Góp lớn nhất ${formatVnd(largest)} trên vốn điều lệ ${formatVnd(dossier.charterCapital)} (${share.toFixed(1)}%).`,
        `Largest contribution ${formatVnd(largest)} of ${formatVnd(dossier.charterCapital)} charter capital (${share.toFixed(1)}%).`,
      ),
      legalBasis: cap.basis,
    });
  }

  const prefix = NAME_PREFIX[dossier.kind];
  const name = normalizeName(dossier.proposedName);
  checks.push({
    ruleId: 'establishment.name-form',
    passed: name.toLocaleLowerCase('vi').startsWith(prefix.toLocaleLowerCase('vi')) && name.length > prefix.length + 1,
    label: text(`Tên bắt đầu bằng "${prefix}"`, `The name begins with "${prefix}"`),
    detail: text(`Tên đề nghị: "${name}".`, `Proposed name: "${name}".`),
    legalBasis:
      dossier.kind === 'group'
        ? basis(
            regime,
            'establishment.name-form',
            text('Nghị định 77/2019/NĐ-CP, Điều 13', 'Decree 77/2019/ND-CP, Art. 13'),
            true,
          )
        : regime === 'law-2012'
          ? basis(
              regime,
              'establishment.name-form',
              text('Luật Hợp tác xã 2012, Điều 22', 'Law on Cooperatives 2012, Art. 22'),
              true,
            )
          : basis(
              regime,
              'establishment.name-form',
              text(
                'Luật Hợp tác xã 2023 (quy định về tên, số điều chưa xác nhận)',
                'Law on Cooperatives 2023 (naming rule; article not confirmed)',
              ),
              false,
            ),
  });

  const required = requiredDocuments(regime, dossier.kind);
  const missing = missingDocuments(dossier, regime);
  checks.push({
    ruleId: 'establishment.dossier-checklist',
    passed: missing.length === 0,
    label: text('Đủ thành phần hồ sơ', 'The dossier holds every required document'),
    detail:
      missing.length === 0
        ? text(
            `Có đủ ${required.length} loại giấy tờ: ${required.map((kind) => DOCUMENT_KIND_LABELS[kind].vi).join('; ')}.`,
            `All ${required.length} required documents: ${required.map((kind) => DOCUMENT_KIND_LABELS[kind].en).join('; ')}.`,
          )
        : text(
            `Còn thiếu: ${missing.map((kind) => DOCUMENT_KIND_LABELS[kind].vi).join('; ')}.`,
            `Missing: ${missing.map((kind) => DOCUMENT_KIND_LABELS[kind].en).join('; ')}.`,
          ),
    legalBasis: checklistBasis(regime, dossier.kind),
  });
  return [...checks, ...screeningChecks(dossier, regime, screening)];
}

/** The registry found no same name and no barred member. */
export const NOTHING_FOUND: ApplicationScreening = { sameName: [], sameNamePending: [], blockedMembers: [] };

/** How long the authority has to issue or refuse, counted from a valid dossier (T3–T5). */
export function decisionPeriod(
  rules: RuleBook,
  regime: LegalRegime,
  on: IsoDate,
): { period: Period; basis: LegalBasis } {
  return rules.period(regime, 'establishment.decision-deadline', on);
}

/** Issuing the certificate (đăng ký hợp tác xã): the registration itself. */
export function approvalBasis(regime: LegalRegime): LegalBasis {
  return regime === 'law-2012'
    ? basis(
        regime,
        'establishment.approve',
        text(
          'Luật Hợp tác xã 2012, Điều 24 (điều kiện cấp giấy chứng nhận)',
          'Law on Cooperatives 2012, Art. 24 (conditions for the certificate)',
        ),
        true,
      )
    : basis(
        regime,
        'establishment.approve',
        text(
          'Luật Hợp tác xã 2023; Nghị định 92/2024/NĐ-CP (cấp giấy chứng nhận đăng ký)',
          'Law on Cooperatives 2023; Decree 92/2024/ND-CP (registration certificate)',
        ),
        false,
      );
}

export function refusalBasis(regime: LegalRegime): LegalBasis {
  return regime === 'law-2012'
    ? basis(
        regime,
        'establishment.refuse',
        text(
          'Luật Hợp tác xã 2012, Điều 23–24 (từ chối phải nêu rõ lý do bằng văn bản)',
          'Law on Cooperatives 2012, Art. 23–24 (a refusal gives written reasons)',
        ),
        false,
      )
    : basis(
        regime,
        'establishment.refuse',
        text(
          'Nghị định 92/2024/NĐ-CP, Điều 33 (các trường hợp từ chối)',
          'Decree 92/2024/ND-CP, Art. 33 (grounds for refusal)',
        ),
        true,
      );
}

/** Filing the dossier (T2), which starts the authority's clock. */
export function filingBasis(regime: LegalRegime): LegalBasis {
  return regime === 'law-2012'
    ? basis(
        regime,
        'establishment.file',
        text(
          'Luật Hợp tác xã 2012, Điều 23; Nghị định 193/2013/NĐ-CP, Điều 6',
          'Law on Cooperatives 2012, Art. 23; Decree 193/2013/ND-CP, Art. 6',
        ),
        true,
      )
    : basis(
        regime,
        'establishment.file',
        text(
          'Luật Hợp tác xã 2023; Nghị định 92/2024/NĐ-CP, Điều 11',
          'Law on Cooperatives 2023; Decree 92/2024/ND-CP, Art. 11',
        ),
        true,
      );
}

const MAX_VND = 1e15;

/** Whether a dossier may be filed: once per application; the same filing again changes nothing. */
export function checkFiling(
  application: EstablishmentApplication | null,
  dossier: EstablishmentDossier,
  receivedOn: IsoDate,
): 'apply' | 'unchanged' {
  if (application) {
    if (sameDossier(application.filedDossier, dossier)) return 'unchanged';
    throw new DomainError(
      'ALREADY_FILED',
      text('Hồ sơ này đã được nộp với nội dung khác.', 'This application was filed with other contents.'),
    );
  }
  const problems = checkDossier(dossier, receivedOn);
  if (problems.length > 0)
    throw new DomainError('INVALID_COMMAND', text('Hồ sơ chưa hợp lệ.', 'The dossier is not valid.'), problems);
  return 'apply';
}

/**
 * Whether a corrected dossier may be received: only while amendments are asked for and not past their deadline, for
 * the same territory (another head office means another authority: a new application). The same resubmission again
 * changes nothing.
 */
export function checkResubmission(
  application: EstablishmentApplication | null,
  dossier: EstablishmentDossier,
  receivedOn: IsoDate,
): 'apply' | 'unchanged' {
  const last = application?.amendments.at(-1);
  if (!application || application.status !== 'amendments-requested' || !last) {
    if (application && last?.resubmittedOn && sameDossier(application.dossier, dossier)) return 'unchanged';
    const status = application ? APPLICATION_STATUS_LABELS[application.status] : text('chưa nộp', 'not filed');
    throw new DomainError(
      'NOT_AWAITING_AMENDMENTS',
      text(
        `Hồ sơ không ở trạng thái chờ bổ sung (hiện: ${status.vi}).`,
        `The application is not awaiting amendments (now: ${status.en}).`,
      ),
    );
  }
  if (compareIsoDates(receivedOn, last.resubmitBy) > 0) {
    throw new DomainError(
      'APPLICATION_LAPSED',
      text(
        `Đã quá hạn nộp lại (${formatVietnamese(last.resubmitBy)}); hồ sơ hết hiệu lực, cần nộp hồ sơ mới.`,
        `The resubmission deadline (${last.resubmitBy}) has passed; the dossier lapsed: file a new application.`,
      ),
    );
  }
  const problems = [...checkDossier(dossier, receivedOn, application.regime)];
  if (dossier.territoryCode !== application.dossier.territoryCode) {
    problems.push({
      field: 'territoryCode',
      reason: text(
        'Không đổi được địa bàn trụ sở khi bổ sung hồ sơ.',
        'The head-office territory cannot change in an amendment.',
      ),
      fix: text(
        'Nộp hồ sơ mới tại cơ quan đăng ký nơi đặt trụ sở mới.',
        'File a new application with the authority of the new head office.',
      ),
    });
  }
  if (problems.length > 0)
    throw new DomainError('INVALID_COMMAND', text('Hồ sơ chưa hợp lệ.', 'The dossier is not valid.'), problems);
  return 'apply';
}

/** Two filings of one application are the same filing when their dossiers say the same, whatever the key order. */
export function sameDossier(a: EstablishmentDossier, b: EstablishmentDossier): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Whether a dossier is complete and consistent enough to be received (the law's own checks, above, are reported to
 * the officer instead). Every problem at once, in the founders' terms.
 */
export function checkDossier(
  dossier: EstablishmentDossier,
  receivedOn: IsoDate,
  regime: LegalRegime = regimeForFiling(receivedOn),
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, vi: string, en: string, fix?: LocalizedText) =>
    problems.push(fix ? { field, reason: text(vi, en), fix } : { field, reason: text(vi, en) });

  const name = normalizeName(dossier.proposedName);
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || !/\p{L}/u.test(name)) {
    problem(
      'proposedName',
      `Tên phải có chữ, tối đa ${MAX_NAME_LENGTH} ký tự.`,
      `The name must contain letters, at most ${MAX_NAME_LENGTH} characters.`,
    );
  }
  if (!TERRITORY_CODE_PATTERN.test(dossier.territoryCode)) {
    problem(
      'territoryCode',
      'Mã đơn vị hành chính phải gồm 2, 3 hoặc 5 chữ số.',
      'The territory code must have 2, 3 or 5 digits.',
    );
  }
  for (const field of ['headOfficeAddress', 'authorisedFiler', 'legalRepresentative'] as const) {
    if (dossier[field].trim().length === 0) problem(field, 'Bắt buộc phải có.', 'Is required.');
  }
  if (dossier.businessLines.length === 0 || dossier.businessLines.some((line) => line.trim().length === 0)) {
    problem(
      'businessLines',
      'Cần ít nhất một ngành, nghề kinh doanh, không để trống.',
      'At least one business line, none empty.',
    );
  }
  if (!Number.isInteger(dossier.charterCapital) || dossier.charterCapital <= 0 || dossier.charterCapital > MAX_VND) {
    problem(
      'charterCapital',
      'Vốn điều lệ phải là số đồng dương.',
      'The charter capital must be a positive amount in đồng.',
    );
  }
  if (dossier.members.length === 0) {
    problem(
      'members',
      'Danh sách thành viên trống.',
      'The member list is empty.',
      text('Liệt kê mọi thành viên sáng lập.', 'List every founding member.'),
    );
  }
  dossier.members.forEach((member, index) => {
    if (member.name.trim().length === 0)
      problem(`members[${index}].name`, 'Thiếu tên thành viên.', "The member's name is missing.");
    if (!Number.isInteger(member.contribution) || member.contribution < 0) {
      problem(
        `members[${index}].contribution`,
        'Vốn góp phải là số đồng không âm.',
        'The contribution must be a non-negative amount in đồng.',
      );
    }
  });
  const total = dossier.members.reduce((sum, member) => sum + member.contribution, 0);
  if (dossier.members.length > 0 && Number.isInteger(dossier.charterCapital) && total !== dossier.charterCapital) {
    problem(
      'charterCapital',
      `Vốn điều lệ (${dossier.charterCapital}) phải bằng tổng vốn góp của các thành viên (${total}).`,
      `The charter capital (${dossier.charterCapital}) must equal the members' contributions added up (${total}).`,
      text('Sửa vốn điều lệ hoặc vốn góp cho khớp.', 'Correct the charter capital or the contributions so they match.'),
    );
  }
  if (!isIsoDate(dossier.foundingConferenceOn)) {
    problem(
      'foundingConferenceOn',
      'Ngày hội nghị thành lập không hợp lệ.',
      'The founding-conference date is not a valid date.',
    );
  } else if (compareIsoDates(dossier.foundingConferenceOn, receivedOn) > 0) {
    problem(
      'foundingConferenceOn',
      'Hội nghị thành lập không thể sau ngày nộp hồ sơ.',
      'The founding conference cannot come after the filing.',
    );
  }
  if (dossier.kind !== 'group' && dossier.management.director.trim().length === 0) {
    problem('management.director', 'Chưa có giám đốc.', 'The director is missing.');
  }
  dossier.members.forEach((member, index) => {
    if ((member.type === 'cooperative' || member.type === 'legal-entity') && !member.registrationCode?.trim()) {
      problem(
        `members[${index}].registrationCode`,
        'Thành viên là pháp nhân phải có mã số đăng ký.',
        'A member that is a legal entity needs its registration code.',
      );
    }
  });
  const missing = missingDocuments(dossier, regime);
  if (missing.length > 0) {
    problem(
      'documents',
      `Hồ sơ còn thiếu: ${missing.map((kind) => DOCUMENT_KIND_LABELS[kind].vi).join('; ')}.`,
      `The dossier lacks: ${missing.map((kind) => DOCUMENT_KIND_LABELS[kind].en).join('; ')}.`,
      text(
        'Tải từng giấy tờ lên (POST /establishment-applications/documents) rồi ghi mã của chúng vào hồ sơ.',
        'Upload each document (POST /establishment-applications/documents), then list their ids in the dossier.',
      ),
    );
  }
  return problems;
}

/** The papers a dossier must hold under a regime (a group files its cooperation contract). */
export function requiredDocuments(regime: LegalRegime, kind: EstablishmentDossier['kind']): DocumentKind[] {
  if (kind === 'group') return ['cooperation-contract'];
  return regime === 'law-2012'
    ? ['application-form', 'charter', 'business-plan', 'member-list', 'founding-resolution']
    : ['application-form', 'charter', 'member-list', 'founding-resolution'];
}

function missingDocuments(dossier: EstablishmentDossier, regime: LegalRegime): DocumentKind[] {
  const present = new Set(dossier.documents.map((document) => document.kind));
  return requiredDocuments(regime, dossier.kind).filter((kind) => !present.has(kind));
}

function checklistBasis(regime: LegalRegime, kind: EstablishmentDossier['kind']): LegalBasis {
  if (kind === 'group') {
    return basis(
      regime,
      'establishment.dossier-checklist',
      regime === 'law-2012'
        ? text('Nghị định 77/2019/NĐ-CP (hợp đồng hợp tác)', 'Decree 77/2019/ND-CP (cooperation contract)')
        : text('Luật Hợp tác xã 2023, Điều 4 khoản 21', 'Law on Cooperatives 2023, Art. 4(21)'),
      true,
    );
  }
  return regime === 'law-2012'
    ? basis(
        regime,
        'establishment.dossier-checklist',
        text('Luật Hợp tác xã 2012, Điều 23 khoản 2', 'Law on Cooperatives 2012, Art. 23(2)'),
        true,
      )
    : basis(
        regime,
        'establishment.dossier-checklist',
        text(
          'Nghị định 92/2024/NĐ-CP; Thông tư 09/2024/TT-BKHĐT (danh mục chưa xác nhận)',
          'Decree 92/2024/ND-CP; Circular 09/2024/TT-BKHDT (list not confirmed)',
        ),
        false,
      );
}

/** The registry's answers about a filing, as checks: a name already used, a founding member barred from founding. */
function screeningChecks(
  dossier: EstablishmentDossier,
  regime: LegalRegime,
  screening: ApplicationScreening,
): EstablishmentCheck[] {
  const taken = [
    ...screening.sameName.map((found) => `${found.name} (${found.registrationCode})`),
    ...screening.sameNamePending.map((found) => `${found.proposedName} (hồ sơ ${found.applicationId.slice(0, 8)})`),
  ];
  const blocked = screening.blockedMembers.map(
    (member) => `${member.name} (${member.registrationCode}, ${member.status})`,
  );
  return [
    {
      ruleId: 'establishment.name-unique',
      passed: taken.length === 0,
      label: text('Tên chưa được dùng trên địa bàn', 'The name is not already used in the territory'),
      detail:
        taken.length === 0
          ? text(
              `Không có hợp tác xã hay hồ sơ nào khác tên "${normalizeName(dossier.proposedName)}".`,
              `No other cooperative or application is named "${normalizeName(dossier.proposedName)}".`,
            )
          : text(`Trùng tên với: ${taken.join('; ')}.`, `Same name as: ${taken.join('; ')}.`),
      legalBasis:
        regime === 'law-2012'
          ? basis(
              regime,
              'establishment.name-unique',
              text('Luật Hợp tác xã 2012, Điều 22', 'Law on Cooperatives 2012, Art. 22'),
              true,
            )
          : basis(
              regime,
              'establishment.name-unique',
              text(
                'Luật Hợp tác xã 2023 (bảo hộ tên, số điều chưa xác nhận)',
                'Law on Cooperatives 2023 (protection of names; article not confirmed)',
              ),
              false,
            ),
    },
    {
      ruleId: 'establishment.applicant-not-blocked',
      passed: blocked.length === 0,
      label: text(
        'Không thành viên nào đang bị giải thể hay thu hồi giấy chứng nhận',
        'No member is being dissolved or has had its certificate revoked',
      ),
      detail:
        blocked.length === 0
          ? text('Không có thành viên pháp nhân nào bị hạn chế.', 'No member legal entity is barred.')
          : text(`Bị hạn chế: ${blocked.join('; ')}.`, `Barred: ${blocked.join('; ')}.`),
      legalBasis: basis(
        regime,
        'establishment.applicant-not-blocked',
        text(
          'Nghị định 92/2024/NĐ-CP, Điều 33 (các trường hợp từ chối đăng ký)',
          'Decree 92/2024/ND-CP, Art. 33 (grounds for refusing a registration)',
        ),
        regime !== 'law-2012',
      ),
    },
  ];
}

/**
 * How long the founders have to resubmit after a request for amendments, after which the dossier lapses. Unconfirmed
 * for ordinary cooperatives (confirmed only for local cooperative funds, Decree 253/2025).
 */
export function amendmentPeriod(
  rules: RuleBook,
  regime: LegalRegime,
  on: IsoDate,
): { period: Period; basis: LegalBasis } {
  return rules.period(regime, 'establishment.amendment-lapse', on);
}

/** The statuses of a founding member that bar it (Decree 92/2024 Art. 33). */
export const BLOCKING_STATUSES: readonly CooperativeStatus[] = ['dissolving', 'dissolved', 'revoked'];

/** Names compared as officers compare them: spacing, case and Unicode composition do not make a new name. */
export function nameKey(name: string): string {
  return normalizeName(name).normalize('NFC').toLocaleLowerCase('vi');
}
