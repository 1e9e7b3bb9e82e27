import type { Authority, Role, Territory } from '@htx/domain';

/** Every demo user signs in with this password (demo data only; README lists the users). */
export const DEMO_PASSWORD = 'Demo@2026';

/**
 * Bắc Giang province (GSO 24) and its districts as the map stood before the 1 July 2025 reorganisation (districts
 * abolished, provinces merged): load that reorganisation with PUT /territories when the official lists are at hand.
 */
export const DEMO_TERRITORIES: Territory[] = [
  {
    code: '24',
    name: 'Tỉnh Bắc Giang',
    level: 'province',
    parentCode: null,
    validFrom: null,
    validTo: null,
    successorCode: null,
  },
  ...(
    [
      ['213', 'Thành phố Bắc Giang'],
      ['215', 'Huyện Yên Thế'],
      ['216', 'Huyện Tân Yên'],
      ['217', 'Huyện Lạng Giang'],
      ['218', 'Huyện Lục Nam'],
      ['219', 'Huyện Lục Ngạn'],
      ['220', 'Huyện Sơn Động'],
      ['221', 'Huyện Yên Dũng'],
      ['222', 'Thị xã Việt Yên'],
      ['223', 'Huyện Hiệp Hòa'],
    ] as const
  ).map(([code, name]): Territory => ({
    code,
    name,
    level: 'district',
    parentCode: '24',
    validFrom: null,
    validTo: null,
    successorCode: null,
  })),
];

/** Registration authorities under the 2012 regime (Decree 193/2013 Art. 6(1)), and the March 2025 ministry merger. */
export const DEMO_AUTHORITIES: Authority[] = [
  {
    id: 'tckh-216',
    name: 'Phòng Tài chính – Kế hoạch huyện Tân Yên',
    territoryCode: '216',
    handles: ['cooperative', 'group'],
    validFrom: null,
    validTo: null,
    confirmed: true,
  },
  {
    id: 'tckh-222',
    name: 'Phòng Tài chính – Kế hoạch thị xã Việt Yên',
    territoryCode: '222',
    handles: ['cooperative', 'group'],
    validFrom: null,
    validTo: null,
    confirmed: true,
  },
  {
    id: 'skhdt-24',
    name: 'Sở Kế hoạch và Đầu tư tỉnh Bắc Giang',
    territoryCode: '24',
    handles: ['union'],
    validFrom: null,
    validTo: '2025-02-28',
    confirmed: true,
  },
  {
    id: 'stc-24',
    name: 'Sở Tài chính tỉnh Bắc Giang',
    territoryCode: '24',
    handles: ['union'],
    validFrom: '2025-03-01',
    validTo: null,
    confirmed: false,
  },
];

export type DemoUser = {
  readonly id: string;
  readonly displayName: string;
  readonly roles: Role[];
  readonly territoryCodes: string[];
  /** For a representative: the registration code of their cooperative. */
  readonly representsRegistrationCode?: string;
};

export const DEMO_USERS: DemoUser[] = [
  { id: 'quan-tri', displayName: 'Đỗ Minh Quân', roles: ['administrator'], territoryCodes: ['24'] },
  { id: 'can-bo.tanyen', displayName: 'Nguyễn Văn An', roles: ['registration-officer'], territoryCodes: ['216'] },
  { id: 'can-bo2.tanyen', displayName: 'Trần Thị Bình', roles: ['registration-officer'], territoryCodes: ['216'] },
  { id: 'lanh-dao.tanyen', displayName: 'Lê Văn Cường', roles: ['head-of-authority'], territoryCodes: ['216'] },
  { id: 'can-bo.vietyen', displayName: 'Hoàng Thị Lan', roles: ['registration-officer'], territoryCodes: ['222'] },
  { id: 'thanh-tra', displayName: 'Phạm Thị Dung', roles: ['auditor'], territoryCodes: ['24'] },
  {
    id: 'htx.caoxa',
    displayName: 'Vũ Văn Hải (HTX Nông nghiệp Cao Xá)',
    roles: ['cooperative-representative'],
    territoryCodes: [],
    representsRegistrationCode: '2416000001',
  },
];
