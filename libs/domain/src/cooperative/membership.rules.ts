import type { LegalRegime } from '../legal/legal-regime';
import { text, type LocalizedText } from '../shared/localized-text';
import type { CooperativeKind } from './cooperative';

export type MemberMinimum = {
  readonly count: number;
  /** Who counts, in the law's words: "official members", "member cooperatives". */
  readonly who: LocalizedText;
  readonly citation: LocalizedText;
};

const MEMBERS = text('thành viên', 'members');

/** The fewest members each regime allows, by kind of organisation, with where the law says so. */
const MINIMUM_MEMBERS: Readonly<Record<'law-2012' | 'law-2023', Readonly<Record<CooperativeKind, MemberMinimum>>>> = {
  'law-2012': {
    cooperative: {
      count: 7,
      who: MEMBERS,
      citation: text('Luật Hợp tác xã 2012, Điều 3 khoản 1', 'Law on Cooperatives 2012, Art. 3(1)'),
    },
    union: {
      count: 4,
      who: text('hợp tác xã thành viên', 'member cooperatives'),
      citation: text('Luật Hợp tác xã 2012, Điều 3 khoản 2', 'Law on Cooperatives 2012, Art. 3(2)'),
    },
    group: {
      count: 2,
      who: MEMBERS,
      citation: text('Bộ luật Dân sự; Nghị định 77/2019/NĐ-CP', 'Civil Code; Decree 77/2019/ND-CP'),
    },
  },
  'law-2023': {
    cooperative: {
      count: 5,
      who: text('thành viên chính thức', 'official members'),
      citation: text('Luật Hợp tác xã 2023, Điều 4 khoản 7', 'Law on Cooperatives 2023, Art. 4(7)'),
    },
    union: {
      count: 3,
      who: text('hợp tác xã thành viên chính thức', 'official member cooperatives'),
      citation: text('Luật Hợp tác xã 2023, Điều 4 khoản 8', 'Law on Cooperatives 2023, Art. 4(8)'),
    },
    group: {
      count: 2,
      who: MEMBERS,
      citation: text('Luật Hợp tác xã 2023, Điều 4 khoản 21', 'Law on Cooperatives 2023, Art. 4(21)'),
    },
  },
};

/** The legacy 1996/2003 regime is read with the 2012 minimums (the law that conversion brought it under). */
export function memberMinimum(regime: LegalRegime, kind: CooperativeKind): MemberMinimum {
  return MINIMUM_MEMBERS[regime === 'law-2023' ? 'law-2023' : 'law-2012'][kind];
}
