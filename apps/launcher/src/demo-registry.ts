import {
  addDays,
  REGISTRY_IMPORT_COLUMNS,
  type CooperativeKind,
  type IsoDate,
  type LegalRegime,
  type RegistrationDetails,
  type Sector,
} from '@htx/domain';

/**
 * A small but realistic registry for the demo: Tân Yên (Bắc Giang, GSO district code 216), whose 2021–2025 plan
 * counted 101 cooperatives (69 agricultural, 11 handicraft, 17 services, 4 people's credit funds), and a dozen in
 * neighbouring Việt Yên (222), another officer's territory. Commune names are real; the cooperatives, their codes and
 * dates are made up. Deterministic: the same list on every run, so loading it twice changes nothing.
 */
const COMMUNES = [
  'Cao Xá',
  'Phúc Sơn',
  'Ngọc Thiện',
  'Ngọc Vân',
  'Ngọc Lý',
  'Ngọc Châu',
  'Quế Nham',
  'Việt Lập',
  'Liên Chung',
  'Hợp Đức',
  'Lam Cốt',
  'Song Vân',
  'Lan Giới',
  'An Dương',
  'Đại Hóa',
  'Phúc Hòa',
  'Quang Tiến',
  'Tân Trung',
  'Liên Sơn',
  'Việt Ngọc',
  'Nhã Nam',
  'Cao Thượng',
];

type Profile = { sector: Sector; kind: CooperativeKind; count: number; name: (commune: string, i: number) => string };

const round = (i: number) => Math.floor(i / COMMUNES.length);

const PROFILES: Profile[] = [
  {
    sector: 'agriculture',
    kind: 'cooperative',
    count: 69,
    name: (c, i) =>
      round(i) === 0 ? `Hợp tác xã Nông nghiệp ${c}` : `Hợp tác xã Dịch vụ nông nghiệp ${c} ${round(i) + 1}`,
  },
  {
    sector: 'industry-handicraft',
    kind: 'cooperative',
    count: 11,
    name: (c) => `Hợp tác xã Tiểu thủ công nghiệp ${c}`,
  },
  {
    sector: 'utilities',
    kind: 'cooperative',
    count: 8,
    name: (c, i) => (i % 2 ? `Hợp tác xã Vệ sinh môi trường ${c}` : `Hợp tác xã Dịch vụ điện năng ${c}`),
  },
  { sector: 'trade-services', kind: 'cooperative', count: 6, name: (c) => `Hợp tác xã Thương mại dịch vụ ${c}` },
  { sector: 'transport', kind: 'cooperative', count: 3, name: (c) => `Hợp tác xã Vận tải ${c}` },
  { sector: 'credit', kind: 'cooperative', count: 4, name: (c) => `Quỹ tín dụng nhân dân ${c}` },
];

/** A tiny linear congruential generator: enough variety, always the same sequence. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function registrationDate(random: () => number, index: number): { registeredOn: string; regime: LegalRegime } {
  // Most were formed or converted under the 2012 Law, a few are older, some new since July 2024.
  const year =
    index % 9 === 0
      ? 2005 + Math.floor(random() * 8)
      : index % 7 === 0
        ? 2024 + Math.floor(random() * 2)
        : 2013 + Math.floor(random() * 11);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const registeredOn = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const regime: LegalRegime =
    registeredOn >= '2024-07-01'
      ? 'law-2023'
      : registeredOn >= '2013-07-01'
        ? 'law-2012'
        : index % 2
          ? 'law-2012'
          : 'law-2003';
  return { registeredOn, regime };
}

const VIET_YEN_COMMUNES = [
  'Hồng Thái',
  'Tăng Tiến',
  'Quang Châu',
  'Vân Hà',
  'Ninh Sơn',
  'Quảng Minh',
  'Trung Sơn',
  'Tiên Sơn',
  'Thượng Lan',
  'Việt Tiến',
  'Minh Đức',
  'Nghĩa Trung',
];

function vietYen(random: () => number): RegistrationDetails[] {
  return VIET_YEN_COMMUNES.map((commune, index) => {
    const sector: Sector = index < 9 ? 'agriculture' : index < 11 ? 'trade-services' : 'transport';
    const prefix = {
      agriculture: 'Hợp tác xã Nông nghiệp',
      'trade-services': 'Hợp tác xã Thương mại dịch vụ',
      transport: 'Hợp tác xã Vận tải',
    }[sector];
    return {
      registrationCode: `24${String(22_000_000 + index * 41 + 7).padStart(8, '0')}`,
      name: `${prefix} ${commune}`,
      kind: 'cooperative',
      sector,
      territoryCode: '222',
      memberCount: 7 + Math.floor(random() * 90),
      ...registrationDate(random, index + 3),
    };
  });
}

export function demoRegistry(): RegistrationDetails[] {
  return [...tanYen(), ...vietYen(sequence(222))];
}

function tanYen(): RegistrationDetails[] {
  const random = sequence(216);
  const registry: RegistrationDetails[] = [];
  for (const profile of PROFILES) {
    for (let i = 0; i < profile.count; i++) {
      const index = registry.length;
      const commune = COMMUNES[(i * 5 + PROFILES.indexOf(profile)) % COMMUNES.length];
      registry.push({
        registrationCode: `24${String(16_000_000 + index * 37 + 1).padStart(8, '0')}`,
        name: profile.name(commune, i),
        kind: profile.kind,
        sector: profile.sector,
        territoryCode: '216',
        memberCount: profile.sector === 'credit' ? 400 + Math.floor(random() * 1_600) : 7 + Math.floor(random() * 120),
        ...registrationDate(random, index),
      });
    }
  }
  return registry;
}

/** What the demo's register knows of each cooperative's recent life (the import's history columns). */
export type DemoHistory = {
  readonly lastReportYear?: number;
  readonly lastReportFiledOn?: IsoDate;
  readonly lastGeneralMeetingOn?: IsoDate;
  readonly lastActivityOn?: IsoDate;
  readonly suspendedFrom?: IsoDate;
  readonly suspendedUntil?: IsoDate;
};

export type DemoProfile = 'operating' | 'half-dormant' | 'suspended' | 'dormant';

/** Most operate; one in ten is half-dormant (quiet for 8–11 months), one in ten suspended, a few silent for over a year. */
export function demoProfile(details: RegistrationDetails, index: number): DemoProfile {
  if (index % 25 === 12 && details.registeredOn < '2024-01-01') return 'dormant';
  if (index % 10 === 7) return 'half-dormant';
  if (index % 10 === 8) return 'suspended';
  return 'operating';
}

/** The history of one demo cooperative as of `today`: never before its registration, never after today. */
export function demoHistory(details: RegistrationDetails, index: number, today: IsoDate): DemoHistory {
  const daysAgo = (days: number) => {
    const date = addDays(today, -days);
    return date < details.registeredOn ? details.registeredOn : date;
  };
  const spread = (from: number, to: number) => from + ((index * 37) % (to - from + 1));
  const lastYear = Number(today.slice(0, 4)) - 1;
  const report = (year: number, filedOn: IsoDate): DemoHistory =>
    year >= Number(details.registeredOn.slice(0, 4)) && filedOn >= details.registeredOn
      ? { lastReportYear: year, lastReportFiledOn: filedOn }
      : {};
  switch (demoProfile(details, index)) {
    case 'dormant':
      return { ...report(lastYear - 2, `${lastYear - 1}-01-20`), lastActivityOn: daysAgo(spread(400, 520)) };
    case 'half-dormant': {
      const quietSince = daysAgo(spread(240, 330));
      return {
        ...report(lastYear - 1, `${lastYear}-02-10`),
        lastGeneralMeetingOn: quietSince,
        lastActivityOn: quietSince,
      };
    }
    case 'suspended': {
      const from = daysAgo(60);
      return from <= details.registeredOn
        ? { lastActivityOn: daysAgo(5) }
        : {
            ...report(lastYear, `${lastYear + 1}-01-25`),
            lastGeneralMeetingOn: daysAgo(spread(150, 250)),
            lastActivityOn: daysAgo(90),
            suspendedFrom: from,
            suspendedUntil: addDays(from, 180),
          };
    }
    case 'operating':
      return {
        ...report(lastYear, `${lastYear + 1}-0${1 + (index % 3)}-15`),
        lastGeneralMeetingOn: daysAgo(spread(30, 300)),
        lastActivityOn: daysAgo(spread(3, 60)),
      };
  }
}

/**
 * Where a demo cooperative receives notices: an address at a reserved domain (.test), delivered to the launcher's
 * local mail sink; every tenth has none on file, so "no address" shows too.
 */
export function demoNoticeEmail(details: RegistrationDetails, index: number): string | undefined {
  return index % 10 === 9 ? undefined : `htx.${details.registrationCode.toLowerCase()}@demo-hoptacxa.test`;
}

/** The demo registry as the CSV export of a district's register, history included, as of `today`. */
export function demoRegistryCsv(today: IsoDate): string {
  const quote = (value: string | number | undefined) => {
    const cell = value === undefined ? '' : String(value);
    return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  };
  const rows = demoRegistry().map((details, index) => {
    const row: Record<string, string | number | undefined> = {
      ...details,
      ...demoHistory(details, index, today),
      noticeEmail: demoNoticeEmail(details, index),
    };
    return REGISTRY_IMPORT_COLUMNS.map((column) => quote(row[column])).join(',');
  });
  return [REGISTRY_IMPORT_COLUMNS.join(','), ...rows].join('\n') + '\n';
}
