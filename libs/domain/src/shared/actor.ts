/** Who caused a change: a person (with the role they acted in) or the system itself (timers, sweeps). */
export type ActorRole =
  'registration-officer' | 'head-of-authority' | 'auditor' | 'cooperative-representative' | 'administrator' | 'system';

export type Actor = {
  readonly id: string;
  readonly role: ActorRole;
  readonly displayName: string;
};

export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'system', displayName: 'Hệ thống / System' };
