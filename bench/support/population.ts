import { vietnamDateOf, type Actor, type RegistrationDetails } from '@htx/domain';

export const BENCH_OFFICER: Actor = { id: 'can-bo.tanyen', role: 'registration-officer', displayName: 'Nguyễn Văn An' };

/** Registration codes of the bench's cooperatives: a scenario prefix and a running number (10 digits). */
export const benchCode = (prefix: string, index: number) => `24${prefix}${String(index).padStart(6, '0')}`;

/** A recently registered 2023-Law cooperative in Tân Yên (216), the district the bench's officer covers. */
export function benchDetails(code: string, index: number): RegistrationDetails {
  return {
    registrationCode: code,
    name: `Hợp tác xã Dịch vụ Nông nghiệp số ${index}`,
    kind: 'cooperative',
    sector: 'agriculture',
    territoryCode: '216',
    regime: 'law-2023',
    registeredOn: vietnamDateOf(new Date(Date.now() - 30 * 86_400_000)),
    memberCount: 7 + (index % 50),
  };
}
