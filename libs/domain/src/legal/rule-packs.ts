import { text } from '../shared/localized-text';
import type { LegalRegime } from './legal-regime';
import { RuleBook, type RuleParameter, type RuleTopic, type RuleUnit, type RuleValue } from './rule-pack';

type Entry = [
  parameterId: string,
  topic: RuleTopic,
  label: [vi: string, en: string],
  unit: RuleUnit,
  value: RuleValue,
  citation: [vi: string, en: string],
  confirmed: boolean,
];

const packOf = (regime: LegalRegime, entries: readonly Entry[]): RuleParameter[] =>
  entries.map(([parameterId, topic, label, unit, value, citation, confirmed]) => ({
    regime,
    parameterId,
    topic,
    label: text(...label),
    unit,
    value,
    citation: text(...citation),
    confirmed,
  }));

const MIN_COOPERATIVE: Entry[2] = ['Số thành viên tối thiểu của hợp tác xã', 'Fewest members of a cooperative'];
const MIN_UNION: Entry[2] = [
  'Số hợp tác xã thành viên tối thiểu của liên hiệp',
  'Fewest member cooperatives of a union',
];
const MIN_GROUP: Entry[2] = ['Số thành viên tối thiểu của tổ hợp tác', 'Fewest members of a cooperative group'];
const INACTIVE: Entry[2] = ['Không hoạt động liên tục', 'Not operating, consecutive months'];
const BELOW_MINIMUM: Entry[2] = [
  'Không đủ thành viên tối thiểu liên tục',
  'Below the minimum members, consecutive months',
];
const NO_MEETING: Entry[2] = [
  'Không họp đại hội thành viên thường niên liên tục',
  'No annual general meeting, consecutive months',
];
const DECISION: Entry[2] = ['Thời hạn cấp hoặc từ chối đăng ký', 'Time to register or refuse'];
const LAPSE: Entry[2] = [
  'Thời hạn nộp lại hồ sơ sửa đổi trước khi hồ sơ hết hiệu lực',
  'Time to resubmit an amended dossier before it lapses',
];
const NOTICE: Entry[2] = [
  'Thông báo trước khi tạm ngừng hoặc hoạt động trở lại',
  'Notice before suspending or resuming',
];
const SUSPENSION_CAP: Entry[2] = ['Thời gian tạm ngừng tối đa', 'Longest suspension'];
const VOTE: Entry[2] = [
  'Tỷ lệ biểu quyết nghị quyết giải thể (trên số có mặt)',
  'Share of those present needed to resolve to dissolve',
];
const GENERAL_MEETING: Entry[2] = [
  'Đại hội thành viên thường niên là bằng chứng hoạt động',
  'An annual general meeting is evidence of operating',
];
const SUPPORT: Entry[2] = ['Hỗ trợ hợp tác xã thành lập mới', 'Support for new cooperatives'];
const REGISTRATION: Entry[2] = ['Đăng ký hợp tác xã', 'Registration of cooperatives'];
const CONVERSION_DEADLINE: Entry[2] = [
  'Hạn sửa đổi điều lệ cho phù hợp luật mới',
  'Deadline to bring the charter into line with the new law',
];
const PROHIBITED: Entry[2] = ['Hoạt động bị cấm khi đang giải thể', 'Acts prohibited during dissolution'];

const REPORT_DUE: Entry[2] = [
  'Hạn nộp báo cáo năm (ngày, tháng của năm báo cáo)',
  'Annual report due (day and month of the year reported on)',
];
const CASCADE_DISTRICT: Entry[2] = ['Cấp huyện tổng hợp báo cáo năm', 'District consolidates the annual reports'];
const CASCADE_PROVINCE: Entry[2] = ['Cấp tỉnh tổng hợp báo cáo năm', 'Province consolidates the annual reports'];
const CIRCULAR_03 = 'Thông tư 03/2014/TT-BKHĐT, Điều 25 (sửa đổi bởi Thông tư 07/2019/TT-BKHĐT)';
const CIRCULAR_03_EN = 'Circular 03/2014/TT-BKHDT Art. 25 as amended by Circular 07/2019/TT-BKHDT';
/** The 2012 reporting dates (LIFECYCLE §7), which cooperatives of the legacy regime also followed. */
const REPORTING_2012 = (legacy: boolean): Entry[] => [
  [
    'reporting.annual-report.due',
    'reporting',
    REPORT_DUE,
    'day-of-year',
    '12-15',
    legacy
      ? [
          `Áp dụng ${CIRCULAR_03}: nộp trước 15/12 (nguồn thứ cấp)`,
          `${CIRCULAR_03_EN} applies: by 15 December (secondary sources)`,
        ]
      : [
          `${CIRCULAR_03}: báo cáo năm nộp trước 15/12 của năm báo cáo (nguồn thứ cấp)`,
          `${CIRCULAR_03_EN}: the annual report by 15 December of the year reported on (secondary sources)`,
        ],
    true,
  ],
  [
    'reporting.cascade.district',
    'reporting',
    CASCADE_DISTRICT,
    'day-of-year',
    '12-18',
    [
      `${CIRCULAR_03}: cơ quan đăng ký cấp huyện tổng hợp trước 18/12`,
      `${CIRCULAR_03_EN}: district registration agency by 18 December`,
    ],
    true,
  ],
  [
    'reporting.cascade.province',
    'reporting',
    CASCADE_PROVINCE,
    'day-of-year',
    '12-21',
    [`${CIRCULAR_03}: cấp tỉnh tổng hợp trước 21/12`, `${CIRCULAR_03_EN}: province by 21 December`],
    true,
  ],
];

const LAW_2012 = 'Luật Hợp tác xã 2012';
const LAW_2012_EN = 'Law on Cooperatives 2012';

/** The legacy regime: cooperatives formed under the 1996 and 2003 Laws, read with the 2012 minimums. */
const LAW_2003: readonly Entry[] = [
  [
    'members.minimum.cooperative',
    'membership',
    MIN_COOPERATIVE,
    'members',
    7,
    ['Luật Hợp tác xã 2003, Điều 1 (chưa đối chiếu)', 'Law on Cooperatives 2003, Art. 1 (not confirmed)'],
    false,
  ],
  [
    'members.minimum.union',
    'membership',
    MIN_UNION,
    'members',
    4,
    ['Luật Hợp tác xã 2003 (chưa đối chiếu)', 'Law on Cooperatives 2003 (not confirmed)'],
    false,
  ],
  [
    'members.minimum.group',
    'membership',
    MIN_GROUP,
    'members',
    2,
    ['Bộ luật Dân sự (hợp đồng hợp tác)', 'Civil Code (cooperation contract)'],
    false,
  ],
  [
    'registration.record',
    'establishment',
    REGISTRATION,
    'provision',
    null,
    ['Luật Hợp tác xã 2003 (đăng ký kinh doanh hợp tác xã)', 'Law on Cooperatives 2003 (registration)'],
    false,
  ],
  ...REPORTING_2012(true),
];

const PACK_2012: readonly Entry[] = [
  [
    'members.minimum.cooperative',
    'membership',
    MIN_COOPERATIVE,
    'members',
    7,
    [`${LAW_2012}, Điều 3 khoản 1`, `${LAW_2012_EN}, Art. 3(1)`],
    true,
  ],
  [
    'members.minimum.union',
    'membership',
    MIN_UNION,
    'members',
    4,
    [`${LAW_2012}, Điều 3 khoản 2`, `${LAW_2012_EN}, Art. 3(2)`],
    true,
  ],
  [
    'members.minimum.group',
    'membership',
    MIN_GROUP,
    'members',
    2,
    ['Bộ luật Dân sự; Nghị định 77/2019/NĐ-CP', 'Civil Code; Decree 77/2019/ND-CP'],
    true,
  ],
  [
    'capital.member-share',
    'capital',
    ['Vốn góp tối đa của một thành viên (trên vốn điều lệ)', 'Most one member may hold of the charter capital'],
    'share',
    0.2,
    [
      `${LAW_2012}; Nghị định 193/2013/NĐ-CP (tối đa 20% vốn điều lệ)`,
      `${LAW_2012_EN}; Decree 193/2013/ND-CP (at most 20% of charter capital)`,
    ],
    true,
  ],
  [
    'conversion.non-member-sales.agricultural',
    'conversion',
    ['Tỷ lệ bán cho người ngoài thành viên tối đa (nông nghiệp)', 'Most sales to non-members (agricultural)'],
    'share',
    0.32,
    [
      'Kế hoạch 114/KH-UBND Kiên Giang; Báo cáo 107/BC-UBND Phú Nhuận (áp dụng Luật 2012)',
      'Kiên Giang Plan 114/KH-UBND; Phú Nhuận Report 107/BC-UBND (applying the 2012 Law)',
    ],
    true,
  ],
  [
    'conversion.non-member-sales.other',
    'conversion',
    ['Tỷ lệ bán cho người ngoài thành viên tối đa (phi nông nghiệp)', 'Most sales to non-members (non-agricultural)'],
    'share',
    0.5,
    [
      'Kế hoạch 114/KH-UBND Kiên Giang; Báo cáo 107/BC-UBND Phú Nhuận (áp dụng Luật 2012)',
      'Kiên Giang Plan 114/KH-UBND; Phú Nhuận Report 107/BC-UBND (applying the 2012 Law)',
    ],
    true,
  ],
  [
    'conversion.deadline',
    'conversion',
    CONVERSION_DEADLINE,
    'date',
    '2016-07-01',
    [
      `${LAW_2012}, Điều 62 (chuyển tiếp), các tỉnh áp dụng hạn 01/07/2016 (câu chữ điều luật chưa đối chiếu)`,
      `${LAW_2012_EN}, Art. 62 (transition), applied by provinces as 2016-07-01 (wording not confirmed)`,
    ],
    false,
  ],
  [
    'registration.record',
    'establishment',
    REGISTRATION,
    'provision',
    null,
    [
      `${LAW_2012}, Điều 23–24; Nghị định 193/2013/NĐ-CP, Điều 6`,
      `${LAW_2012_EN}, Art. 23–24; Decree 193/2013/ND-CP, Art. 6`,
    ],
    true,
  ],
  [
    'registration.transition',
    'conversion',
    ['Hợp tác xã thành lập trước Luật 2012 tiếp tục hoạt động', 'Cooperatives formed before the 2012 Law carry on'],
    'provision',
    null,
    [`${LAW_2012}, Điều 62 (chuyển tiếp)`, `${LAW_2012_EN}, Art. 62 (transition)`],
    false,
  ],
  [
    'establishment.decision-deadline',
    'establishment',
    DECISION,
    'working-days',
    5,
    [`${LAW_2012}, Điều 23 (05 ngày làm việc)`, `${LAW_2012_EN}, Art. 23 (5 working days)`],
    true,
  ],
  [
    'establishment.amendment-lapse',
    'establishment',
    LAPSE,
    'days',
    60,
    [
      '60 ngày kể từ ngày thông báo sửa đổi, bổ sung (theo Nghị định 253/2025/NĐ-CP đối với quỹ; với hợp tác xã chưa xác nhận)',
      '60 days from the amendment notice (Decree 253/2025/ND-CP for funds; not confirmed for cooperatives)',
    ],
    false,
  ],
  [
    'suspension.notice-period',
    'suspension',
    NOTICE,
    'days',
    15,
    [
      'Thông tư 03/2014/TT-BKHĐT: thông báo trước ít nhất 15 ngày',
      'Circular 03/2014/TT-BKHDT: at least 15 days before',
    ],
    true,
  ],
  [
    'suspension.max-duration',
    'suspension',
    SUSPENSION_CAP,
    'months',
    12,
    [
      'Thông tư 03/2014/TT-BKHĐT: tổng thời gian tạm ngừng liên tục không quá 01 năm',
      'Circular 03/2014/TT-BKHDT: at most one year of uninterrupted suspension in total',
    ],
    true,
  ],
  [
    'evidence.general-meeting',
    'evidence',
    GENERAL_MEETING,
    'provision',
    null,
    [`${LAW_2012}, Điều 31 (đại hội thành viên thường niên)`, `${LAW_2012_EN}, Art. 31 (annual general meeting)`],
    true,
  ],
  [
    'dormancy.inactive-12m',
    'dormancy',
    INACTIVE,
    'months',
    12,
    [
      `${LAW_2012}, Điều 54 khoản 2 (căn cứ giải thể bắt buộc)`,
      `${LAW_2012_EN}, Art. 54(2) (ground for compulsory dissolution)`,
    ],
    true,
  ],
  [
    'dormancy.below-minimum-12m',
    'dormancy',
    BELOW_MINIMUM,
    'months',
    12,
    [
      `${LAW_2012}, Điều 54 khoản 2 (căn cứ giải thể bắt buộc)`,
      `${LAW_2012_EN}, Art. 54(2) (ground for compulsory dissolution)`,
    ],
    true,
  ],
  [
    'dormancy.no-general-meeting-18m',
    'dormancy',
    NO_MEETING,
    'months',
    18,
    [
      `${LAW_2012}, Điều 54 khoản 2 (căn cứ giải thể bắt buộc)`,
      `${LAW_2012_EN}, Art. 54(2) (ground for compulsory dissolution)`,
    ],
    true,
  ],
  [
    'dissolution.voluntary.council-period',
    'dissolution',
    ['Hội đồng giải thể tự nguyện hoàn thành nhiệm vụ', 'The voluntary dissolution council completes its tasks'],
    'days',
    60,
    [
      `${LAW_2012}, Điều 54 khoản 1: hội đồng giải thể tự nguyện thực hiện trong 60 ngày kể từ ngày có nghị quyết`,
      `${LAW_2012_EN}, Art. 54(1): the voluntary dissolution council acts within 60 days of the resolution`,
    ],
    true,
  ],
  [
    'dissolution.compulsory.council-period',
    'dissolution',
    ['Hội đồng giải thể bắt buộc hoàn thành nhiệm vụ', 'The compulsory dissolution council completes its tasks'],
    'days',
    60,
    [
      'Nghị định 193/2013/NĐ-CP, Điều 19 khoản 2: hội đồng giải thể bắt buộc thực hiện trong 60 ngày kể từ ngày có quyết định',
      'Decree 193/2013/ND-CP, Art. 19(2): the compulsory dissolution council acts within 60 days of the decision',
    ],
    true,
  ],
  [
    'dissolution.voluntary.confirmation',
    'dissolution',
    ['Cơ quan đăng ký xác nhận giải thể', 'The authority confirms the dissolution'],
    'working-days',
    3,
    [
      'Nghị định 193/2013/NĐ-CP, Điều 19 khoản 1; thủ tục hành chính cấp huyện: xác nhận giải thể trong 03 ngày làm việc',
      'Decree 193/2013/ND-CP, Art. 19(1); district procedure: dissolution confirmed within 3 working days',
    ],
    false,
  ],
  [
    'dissolution.voluntary.vote',
    'dissolution',
    VOTE,
    'share',
    0.75,
    [
      `${LAW_2012}, Điều 32: nghị quyết giải thể được ít nhất 3/4 thành viên, đại biểu có mặt biểu quyết tán thành (chưa được đối chiếu)`,
      `${LAW_2012_EN}, Art. 32: dissolution needs at least three quarters of the members or delegates present (not confirmed)`,
    ],
    false,
  ],
  [
    'dissolution.prohibited-acts',
    'dissolution',
    PROHIBITED,
    'provision',
    null,
    [
      `${LAW_2012}, Điều 54; Nghị định 193/2013/NĐ-CP, Điều 19: hợp tác xã đang giải thể chỉ thực hiện các việc để giải thể (chưa được đối chiếu)`,
      `${LAW_2012_EN}, Art. 54; Decree 193/2013/ND-CP, Art. 19: a dissolving cooperative acts only to dissolve (not confirmed)`,
    ],
    false,
  ],
  [
    'dissolution.ground.general-meeting-resolution',
    'dissolution',
    ['Căn cứ: nghị quyết của đại hội thành viên', 'Ground: the general meeting’s resolution'],
    'provision',
    null,
    [`${LAW_2012}, Điều 54 khoản 1`, `${LAW_2012_EN}, Art. 54(1)`],
    true,
  ],
  [
    'dissolution.ground.compulsory',
    'dissolution',
    ['Căn cứ giải thể bắt buộc', 'Grounds for compulsory dissolution'],
    'provision',
    null,
    [
      `${LAW_2012}, Điều 54 khoản 2; Nghị định 193/2013/NĐ-CP, Điều 19 khoản 2`,
      `${LAW_2012_EN}, Art. 54(2); Decree 193/2013/ND-CP, Art. 19(2)`,
    ],
    true,
  ],
  [
    'support.new-cooperative',
    'support',
    SUPPORT,
    'provision',
    null,
    [
      'Nghị định 193/2013/NĐ-CP, Điều 24 khoản 6 (nội dung chưa xác nhận)',
      'Decree 193/2013/ND-CP, Art. 24(6) (content not confirmed)',
    ],
    false,
  ],
  ...REPORTING_2012(false),
  [
    'reporting.annual-report.due.decree-107-2017',
    'reporting',
    [
      'Quy định cũ: báo cáo trước 15/01 năm sau (không áp dụng)',
      'Older rule: report by 15 January of the following year (not applied)',
    ],
    'provision',
    null,
    [
      'Nghị định 107/2017/NĐ-CP sửa đổi Nghị định 193/2013/NĐ-CP: báo cáo trước 15/01 năm sau (quy định cũ, mâu thuẫn, không áp dụng)',
      'Decree 107/2017/ND-CP amending Decree 193/2013/ND-CP: by 15 January of the following year (older, conflicting rule, not applied)',
    ],
    true,
  ],
];

const LAW_2023 = 'Luật Hợp tác xã 2023';
const LAW_2023_EN = 'Law on Cooperatives 2023';
const DECREE_92 = 'Nghị định 92/2024/NĐ-CP';
const DECREE_92_EN = 'Decree 92/2024/ND-CP';
const UNCONFIRMED_REVOCATION: Entry[5] = [
  `${LAW_2023}: căn cứ thu hồi giấy chứng nhận chưa được đối chiếu (ngừng hoạt động, thiếu thành viên, không họp đại hội)`,
  `${LAW_2023_EN}: this ground for revocation is not confirmed (not operating, too few members, no general meeting)`,
];
const MONITORING_FLAG: Entry[5] = [
  `${LAW_2023}: chưa tìm thấy căn cứ tương ứng (dấu hiệu theo dõi)`,
  `${LAW_2023_EN}: no equivalent ground found (a monitoring flag)`,
];

const PACK_2023: readonly Entry[] = [
  [
    'members.minimum.cooperative',
    'membership',
    MIN_COOPERATIVE,
    'members',
    5,
    [`${LAW_2023}, Điều 4 khoản 7`, `${LAW_2023_EN}, Art. 4(7)`],
    true,
  ],
  [
    'members.minimum.union',
    'membership',
    MIN_UNION,
    'members',
    3,
    [`${LAW_2023}, Điều 4 khoản 8`, `${LAW_2023_EN}, Art. 4(8)`],
    true,
  ],
  [
    'members.minimum.group',
    'membership',
    MIN_GROUP,
    'members',
    2,
    [`${LAW_2023}, Điều 4 khoản 21`, `${LAW_2023_EN}, Art. 4(21)`],
    true,
  ],
  [
    'capital.member-share',
    'capital',
    [
      'Vốn góp tối đa của một thành viên hợp tác xã (trên vốn điều lệ)',
      'Most one member of a cooperative may hold of the charter capital',
    ],
    'share',
    0.3,
    [`${LAW_2023} (tối đa 30% vốn điều lệ)`, `${LAW_2023_EN} (at most 30% of charter capital)`],
    true,
  ],
  [
    'capital.member-share.union',
    'capital',
    [
      'Vốn góp tối đa của một thành viên liên hiệp (trên vốn điều lệ)',
      'Most one member of a union may hold of the charter capital',
    ],
    'share',
    0.4,
    [`${LAW_2023} (tối đa 40% vốn điều lệ)`, `${LAW_2023_EN} (at most 40% of charter capital)`],
    true,
  ],
  [
    'capital.foreign-share',
    'capital',
    [
      'Tổng vốn góp tối đa của các thành viên có vốn đầu tư nước ngoài',
      'Most all foreign-invested members together may hold',
    ],
    'share',
    0.3,
    [`${LAW_2023} (tổng tối đa 30% vốn điều lệ)`, `${LAW_2023_EN} (together at most 30% of charter capital)`],
    true,
  ],
  [
    'conversion.deadline',
    'conversion',
    CONVERSION_DEADLINE,
    'date',
    '2026-01-01',
    [
      `${LAW_2023}, Điều 115 khoản 1: sửa đổi điều lệ trong 18 tháng kể từ 01/07/2024 (ngày tính ra; ngày an toàn cuối cùng 31/12/2025)`,
      `${LAW_2023_EN}, Art. 115(1): amend the charter within 18 months of 2024-07-01 (computed; last safe day 2025-12-31)`,
    ],
    true,
  ],
  [
    'conversion.group-registration-deadline',
    'conversion',
    ['Hạn đăng ký của tổ hợp tác thuộc Điều 107 khoản 2', 'Deadline for groups under Art. 107(2) to register'],
    'date',
    '2026-01-01',
    [
      `${LAW_2023}, Điều 115 khoản 2: đăng ký trong 18 tháng kể từ 01/07/2024 (tiêu chí tổ hợp tác phải đăng ký chưa đối chiếu)`,
      `${LAW_2023_EN}, Art. 115(2): register within 18 months of 2024-07-01 (which groups must register not confirmed)`,
    ],
    true,
  ],
  [
    'registration.record',
    'establishment',
    REGISTRATION,
    'provision',
    null,
    [`${LAW_2023} (đăng ký hợp tác xã); ${DECREE_92}`, `${LAW_2023_EN} (registration); ${DECREE_92_EN}`],
    false,
  ],
  [
    'registration.transition',
    'conversion',
    ['Hợp tác xã thành lập trước Luật 2023 tiếp tục hoạt động', 'Cooperatives formed before the 2023 Law carry on'],
    'provision',
    null,
    [
      `${LAW_2023}, Điều 115 khoản 1 (tiếp tục hoạt động, không phải đăng ký lại)`,
      `${LAW_2023_EN}, Art. 115(1) (continues operating without re-registration)`,
    ],
    true,
  ],
  [
    'establishment.decision-deadline',
    'establishment',
    DECISION,
    'working-days',
    3,
    [
      `${DECREE_92} (03 ngày làm việc; số điều chưa xác nhận)`,
      `${DECREE_92_EN} (3 working days; article not confirmed)`,
    ],
    true,
  ],
  [
    'establishment.amendment-lapse',
    'establishment',
    LAPSE,
    'days',
    60,
    [
      '60 ngày kể từ ngày thông báo sửa đổi, bổ sung (theo Nghị định 253/2025/NĐ-CP đối với quỹ; với hợp tác xã chưa xác nhận)',
      '60 days from the amendment notice (Decree 253/2025/ND-CP for funds; not confirmed for cooperatives)',
    ],
    false,
  ],
  [
    'suspension.notice-period',
    'suspension',
    NOTICE,
    'working-days',
    3,
    [
      `${DECREE_92}; hướng dẫn của Cổng đăng ký: thông báo trước ít nhất 03 ngày làm việc`,
      `${DECREE_92_EN}; registration portal guidance: at least 3 working days before`,
    ],
    true,
  ],
  [
    'suspension.max-duration',
    'suspension',
    SUSPENSION_CAP,
    'months',
    12,
    [
      `${DECREE_92}: mỗi lần thông báo không quá 12 tháng, có thể gia hạn`,
      `${DECREE_92_EN}: at most 12 months per notice, renewable`,
    ],
    true,
  ],
  [
    'evidence.general-meeting',
    'evidence',
    GENERAL_MEETING,
    'provision',
    null,
    [`${LAW_2023} (đại hội thành viên thường niên)`, `${LAW_2023_EN} (annual general meeting)`],
    false,
  ],
  [
    'dormancy.inactive-12m',
    'dormancy',
    INACTIVE,
    'months',
    12,
    [
      `${LAW_2023}, Điều 97 khoản 1: không tự là căn cứ giải thể; căn cứ thu hồi giấy chứng nhận chưa xác nhận`,
      `${LAW_2023_EN}, Art. 97(1): not itself a ground; as a ground for revocation not confirmed`,
    ],
    false,
  ],
  ['dormancy.below-minimum-12m', 'dormancy', BELOW_MINIMUM, 'months', 12, MONITORING_FLAG, false],
  ['dormancy.no-general-meeting-18m', 'dormancy', NO_MEETING, 'months', 18, MONITORING_FLAG, false],
  [
    'dissolution.voluntary.publication',
    'dissolution',
    ['Đăng tải nghị quyết giải thể và chuyển tình trạng', 'Publish the resolution and set the status'],
    'working-days',
    3,
    [
      `${DECREE_92}, Điều 50 khoản 1: đăng tải nghị quyết và chuyển tình trạng "đang làm thủ tục giải thể" trong 03 ngày làm việc`,
      `${DECREE_92_EN}, Art. 50(1): publish the resolution and set "dissolution in progress" within 3 working days`,
    ],
    true,
  ],
  [
    'dissolution.compulsory.publication',
    'dissolution',
    [
      'Đăng tải quyết định thu hồi hoặc của Tòa án và chuyển tình trạng',
      'Publish the revocation or court decision and set the status',
    ],
    'working-days',
    3,
    [
      `${DECREE_92}, Điều 50 khoản 2: đăng tải quyết định thu hồi hoặc quyết định của Tòa án và chuyển tình trạng trong 03 ngày làm việc`,
      `${DECREE_92_EN}, Art. 50(2): publish the revocation or court decision and set the status within 3 working days`,
    ],
    true,
  ],
  [
    'dissolution.dossier-after-settlement',
    'dissolution',
    ['Nộp hồ sơ giải thể sau khi thanh toán hết nợ', 'File the dissolution dossier after settling debts'],
    'working-days',
    5,
    [
      `${DECREE_92}, Điều 50: nộp hồ sơ đăng ký giải thể trong 05 ngày làm việc kể từ ngày thanh toán hết nợ và nghĩa vụ thuế`,
      `${DECREE_92_EN}, Art. 50: file the dissolution dossier within 5 working days of settling all debts and taxes`,
    ],
    true,
  ],
  [
    'dissolution.confirmation',
    'dissolution',
    ['Chuyển tình trạng "đã giải thể"', 'Set the status "dissolved"'],
    'working-days',
    3,
    [
      `${DECREE_92}, Điều 50: chuyển tình trạng "đã giải thể" (thời hạn chưa được đối chiếu)`,
      `${DECREE_92_EN}, Art. 50: set the status "dissolved" (time limit not confirmed)`,
    ],
    false,
  ],
  [
    'dissolution.voluntary.vote',
    'dissolution',
    VOTE,
    'share',
    0.75,
    [
      `${LAW_2023}, Điều 98: nghị quyết giải thể của đại hội thành viên; tỷ lệ biểu quyết 3/4 (chưa được đối chiếu)`,
      `${LAW_2023_EN}, Art. 98: the general meeting’s resolution to dissolve; three quarters of the votes (not confirmed)`,
    ],
    false,
  ],
  [
    'dissolution.prohibited-acts',
    'dissolution',
    PROHIBITED,
    'provision',
    null,
    [
      `${LAW_2023}, Điều 100: các hoạt động bị cấm kể từ khi có nghị quyết giải thể, quyết định thu hồi hoặc quyết định của Tòa án`,
      `${LAW_2023_EN}, Art. 100: acts prohibited from the dissolution resolution, the revocation or the court decision`,
    ],
    true,
  ],
  [
    'dissolution.ground.general-meeting-resolution',
    'dissolution',
    ['Căn cứ: nghị quyết của đại hội thành viên', 'Ground: the general meeting’s resolution'],
    'provision',
    null,
    [`${LAW_2023}, Điều 97 khoản 1 điểm a; Điều 98`, `${LAW_2023_EN}, Art. 97(1)(a); Art. 98`],
    true,
  ],
  [
    'dissolution.ground.court-decision',
    'dissolution',
    ['Căn cứ: quyết định của Tòa án', 'Ground: a court decision'],
    'provision',
    null,
    [`${LAW_2023}, Điều 97 khoản 1 điểm b`, `${LAW_2023_EN}, Art. 97(1)(b)`],
    true,
  ],
  [
    'revocation.ground.falsified-dossier',
    'revocation',
    ['Căn cứ thu hồi: hồ sơ đăng ký giả mạo', 'Ground for revocation: a falsified dossier'],
    'provision',
    null,
    [`${DECREE_92}, Điều 23: hồ sơ đăng ký giả mạo`, `${DECREE_92_EN}, Art. 23: a falsified registration dossier`],
    true,
  ],
  [
    'revocation.ground.tax-enforcement',
    'revocation',
    ['Căn cứ thu hồi: theo yêu cầu của cơ quan thuế', 'Ground for revocation: at the tax authority’s request'],
    'provision',
    null,
    [
      `${DECREE_92}, Điều 28: thu hồi theo yêu cầu của cơ quan thuế (cưỡng chế quản lý thuế)`,
      `${DECREE_92_EN}, Art. 28: revoked at the tax authority’s request (tax enforcement)`,
    ],
    true,
  ],
  [
    'revocation.ground.dormancy',
    'revocation',
    [
      'Căn cứ thu hồi: ngừng hoạt động, thiếu thành viên, không họp đại hội',
      'Ground for revocation: not operating, too few members, no general meeting',
    ],
    'provision',
    null,
    UNCONFIRMED_REVOCATION,
    false,
  ],
  [
    'revocation.falsified-dossier',
    'revocation',
    ['Xử lý yêu cầu thu hồi do giả mạo hồ sơ', 'Handle a request to revoke for a falsified dossier'],
    'working-days',
    3,
    [
      `${DECREE_92}, Điều 23, 64: xử lý yêu cầu thu hồi do giả mạo hồ sơ trong 03 ngày làm việc`,
      `${DECREE_92_EN}, Art. 23, 64: a request to revoke for a falsified dossier is handled within 3 working days`,
    ],
    true,
  ],
  [
    'revocation.response-window',
    'revocation',
    ['Thời hạn giải trình thông báo vi phạm', 'Time to answer a notice of violation'],
    'working-days',
    10,
    [
      `${DECREE_92}, Điều 33, 64: thông báo vi phạm thuộc trường hợp thu hồi; thời hạn giải trình 10 ngày làm việc (chưa được đối chiếu)`,
      `${DECREE_92_EN}, Art. 33, 64: notice of a violation subject to revocation; 10 working days to respond (not confirmed)`,
    ],
    false,
  ],
  [
    'revocation.filings-blocked',
    'revocation',
    [
      'Không giải quyết hồ sơ đăng ký khi đang bị thu hồi hoặc giải thể',
      'No filing processed while revoked or dissolving',
    ],
    'provision',
    null,
    [
      `${DECREE_92}, Điều 33: không giải quyết hồ sơ đăng ký của hợp tác xã đã có thông báo vi phạm thuộc trường hợp thu hồi, bị thu hồi hoặc đang làm thủ tục giải thể`,
      `${DECREE_92_EN}, Art. 33: no filing is processed for a cooperative notified of a violation subject to revocation, revoked, or dissolving`,
    ],
    true,
  ],
  [
    'support.new-cooperative',
    'support',
    SUPPORT,
    'provision',
    null,
    [
      'Nghị định 113/2024/NĐ-CP (nội dung, mức hỗ trợ chưa xác nhận)',
      'Decree 113/2024/ND-CP (content and amounts not confirmed)',
    ],
    false,
  ],
  [
    'reporting.annual-report.due',
    'reporting',
    REPORT_DUE,
    'day-of-year',
    '12-15',
    [
      `${LAW_2023}: thời hạn báo cáo năm chưa được xác nhận; tạm áp dụng 15/12 như Thông tư 03/2014/TT-BKHĐT (sửa đổi)`,
      `${LAW_2023_EN}: the annual report deadline is unconfirmed; 15 December as under Circular 03/2014/TT-BKHDT (amended) is applied meanwhile`,
    ],
    false,
  ],
  [
    'reporting.cascade.district',
    'reporting',
    CASCADE_DISTRICT,
    'day-of-year',
    '12-18',
    [
      `${LAW_2023}: thời hạn tổng hợp chưa được xác nhận; tạm áp dụng 18/12 (huyện)`,
      `${LAW_2023_EN}: consolidation deadline unconfirmed; 18 December (district) meanwhile`,
    ],
    false,
  ],
  [
    'reporting.cascade.province',
    'reporting',
    CASCADE_PROVINCE,
    'day-of-year',
    '12-21',
    [
      `${LAW_2023}: thời hạn tổng hợp chưa được xác nhận; tạm áp dụng 21/12 (tỉnh)`,
      `${LAW_2023_EN}: consolidation deadline unconfirmed; 21 December (province) meanwhile`,
    ],
    false,
  ],
];

/** Every rule the product applies, per regime, as built (LIFECYCLE §1–§7). Corrections are laid over these. */
export const RULE_PARAMETERS: readonly RuleParameter[] = [
  ...packOf('law-2003', LAW_2003),
  ...packOf('law-2012', PACK_2012),
  ...packOf('law-2023', PACK_2023),
];

/** The rule packs with no correction: what tests and the domain's examples decide with. */
export const BUILT_IN_RULES = new RuleBook(RULE_PARAMETERS);
