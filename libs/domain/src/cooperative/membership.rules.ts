import type { LegalRegime } from '../legal/legal-regime';
import type { RuleBook } from '../legal/rule-pack';
import type { LegalBasis } from '../legal/legal-basis';
import type { IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import type { CooperativeKind } from './cooperative';

export type MemberMinimum = {
  readonly count: number;
  /** Who counts, in the law's words: "official members", "member cooperatives". */
  readonly who: LocalizedText;
  readonly basis: LegalBasis;
};

const MEMBERS = text('thành viên', 'members');

const WHO: Readonly<Record<LegalRegime, Readonly<Record<CooperativeKind, LocalizedText>>>> = {
  'law-2003': { cooperative: MEMBERS, union: text('hợp tác xã thành viên', 'member cooperatives'), group: MEMBERS },
  'law-2012': { cooperative: MEMBERS, union: text('hợp tác xã thành viên', 'member cooperatives'), group: MEMBERS },
  'law-2023': {
    cooperative: text('thành viên chính thức', 'official members'),
    union: text('hợp tác xã thành viên chính thức', 'official member cooperatives'),
    group: MEMBERS,
  },
};

/** The fewest members a regime allows a kind of organisation, as its rule pack says on a day. */
export function memberMinimum(rules: RuleBook, regime: LegalRegime, kind: CooperativeKind, on: IsoDate): MemberMinimum {
  const rule = rules.rule(regime, `members.minimum.${kind}`, on);
  return { count: rule.value as number, who: WHO[regime][kind], basis: rule.basis };
}
