import { randomUUID } from 'node:crypto';
import {
  registrationBasis,
  vietnamDateOf,
  type Actor,
  type CooperativeRegistered,
  type RegistrationDetails,
  BUILT_IN_RULES,
} from '@htx/domain';

export const officer: Actor = { id: 'officer.tanyen', role: 'registration-officer', displayName: 'Nguyễn Văn An' };

let codes = 0;

/** Registration details with a code no other test uses. */
export function registrationDetails(overrides: Partial<RegistrationDetails> = {}): RegistrationDetails {
  codes += 1;
  return {
    registrationCode: `24${String(Date.now() % 1e6).padStart(6, '0')}${String(codes).padStart(2, '0')}`,
    name: `Hợp tác xã Nông nghiệp Thử nghiệm ${codes}`,
    kind: 'cooperative',
    sector: 'agriculture',
    territoryCode: '216',
    // Registered recently, so no dormancy clock has run out by the time a test looks.
    regime: 'law-2023',
    registeredOn: vietnamDateOf(new Date(Date.now() - 30 * 86_400_000)),
    memberCount: 42,
    ...overrides,
  };
}

export function cooperativeRegistered(
  details: RegistrationDetails = registrationDetails(),
  cooperativeId: string = randomUUID(),
): CooperativeRegistered {
  return {
    type: 'CooperativeRegistered',
    data: { cooperativeId, ...details },
    legalBasis: registrationBasis(BUILT_IN_RULES, details.regime, details.registeredOn),
  };
}
