import { text, type LocalizedText } from '../shared/localized-text';

/** What a person may do in the system; a user holds one or more. */
export const ROLES = [
  'registration-officer',
  'head-of-authority',
  'auditor',
  'cooperative-representative',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, LocalizedText>> = {
  'registration-officer': text('Cán bộ đăng ký', 'Registration officer'),
  'head-of-authority': text('Lãnh đạo cơ quan đăng ký', 'Head of the registration authority'),
  auditor: text('Thanh tra, kiểm tra', 'Auditor / inspector'),
  'cooperative-representative': text('Người đại diện hợp tác xã', 'Cooperative representative'),
  administrator: text('Quản trị hệ thống', 'Administrator'),
};

/** Roles whose reach is a set of territories (the representative's reach is their own cooperatives). */
export const TERRITORIAL_ROLES: readonly Role[] = [
  'registration-officer',
  'head-of-authority',
  'auditor',
  'administrator',
];
