import { authorityFor, type Authority } from './authority';
import { TerritoryDirectory, type Territory } from './territory';

/** Before July 2025: province 24 → district 216 → communes A, B. After: A and B merge into N under province P. */
const territories: Territory[] = [
  {
    code: '24',
    name: 'Tỉnh Bắc Giang',
    level: 'province',
    parentCode: null,
    validFrom: null,
    validTo: '2025-06-30',
    successorCode: 'P',
  },
  {
    code: '216',
    name: 'Huyện Tân Yên',
    level: 'district',
    parentCode: '24',
    validFrom: null,
    validTo: '2025-06-30',
    successorCode: null,
  },
  {
    code: '222',
    name: 'Thị xã Việt Yên',
    level: 'district',
    parentCode: '24',
    validFrom: null,
    validTo: '2025-06-30',
    successorCode: null,
  },
  {
    code: 'A',
    name: 'Xã A',
    level: 'commune',
    parentCode: '216',
    validFrom: null,
    validTo: '2025-06-30',
    successorCode: 'N',
  },
  {
    code: 'B',
    name: 'Xã B',
    level: 'commune',
    parentCode: '216',
    validFrom: null,
    validTo: '2025-06-30',
    successorCode: 'N',
  },
  { code: 'C', name: 'Xã C', level: 'commune', parentCode: '222', validFrom: null, validTo: null, successorCode: null },
  {
    code: 'P',
    name: 'Tỉnh mới',
    level: 'province',
    parentCode: null,
    validFrom: '2025-07-01',
    validTo: null,
    successorCode: null,
  },
  {
    code: 'N',
    name: 'Xã mới',
    level: 'commune',
    parentCode: 'P',
    validFrom: '2025-07-01',
    validTo: null,
    successorCode: null,
  },
];
const directory = new TerritoryDirectory(territories);
const before = '2025-01-15';
const after = '2026-01-15';

describe('TerritoryDirectory', () => {
  it('puts a commune inside its district and province, as the map stood on the day', () => {
    expect(directory.lineage('A', before).map((unit) => unit.code)).toEqual(['A', '216', '24']);
    expect(directory.covers(['216'], 'A', before)).toBe(true);
    expect(directory.covers(['222'], 'A', before)).toBe(false);
  });

  it('moves open cases with the 2025 reorganisation: an old commune now lies in the merged one', () => {
    expect(directory.lineage('A', after).map((unit) => unit.code)).toEqual(['N', 'P']);
    expect(directory.covers(['N'], 'A', after)).toBe(true);
    expect(directory.covers(['P'], 'B', after)).toBe(true);
  });

  it('never widens an old assignment: it keeps what lay in its unit, and gains nothing new', () => {
    expect(directory.covers(['216'], 'A', after)).toBe(true); // A lay in 216
    expect(directory.covers(['216'], 'N', after)).toBe(false); // N is new, drawn under P
    expect(directory.covers(['24'], 'N', after)).toBe(false); // the old province does not become the new one
    expect(directory.covers(['216'], 'C', after)).toBe(false);
  });

  it('lists every code, current or historical, within a scope, for filtering', () => {
    expect(directory.codesWithin(['216'], before).sort()).toEqual(['216', 'A', 'B']);
    expect(directory.codesWithin(['N'], after).sort()).toEqual(['A', 'B', 'N']);
    expect(directory.codesWithin(['216'], after).sort()).toEqual(['216', 'A', 'B']);
  });
});

describe('authorityFor', () => {
  const authorities: Authority[] = [
    {
      id: 'tcdk-216',
      name: 'Phòng Tài chính – Kế hoạch huyện Tân Yên',
      territoryCode: '216',
      handles: ['cooperative', 'group'],
      validFrom: null,
      validTo: '2025-06-30',
      confirmed: true,
    },
    {
      id: 'skhdt-24',
      name: 'Sở Kế hoạch và Đầu tư tỉnh Bắc Giang',
      territoryCode: '24',
      handles: ['union'],
      validFrom: null,
      validTo: '2025-06-30',
      confirmed: true,
    },
    {
      id: 'xa-N',
      name: 'Cơ quan đăng ký cấp xã N',
      territoryCode: 'N',
      handles: ['cooperative', 'group'],
      validFrom: '2025-07-01',
      validTo: null,
      confirmed: false,
    },
  ];

  it('finds the nearest authority for the kind, in force on the day', () => {
    expect(authorityFor(directory, authorities, 'A', 'cooperative', before)?.id).toBe('tcdk-216');
    expect(authorityFor(directory, authorities, 'A', 'union', before)?.id).toBe('skhdt-24');
    expect(authorityFor(directory, authorities, 'A', 'cooperative', after)).toMatchObject({
      id: 'xa-N',
      confirmed: false,
    });
    expect(authorityFor(directory, authorities, 'C', 'cooperative', after)).toBeUndefined();
  });
});
