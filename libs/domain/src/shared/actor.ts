import type { Role } from '../access/roles';

/** Who caused a change: a person, in the role they acted in, or the system itself (timers, sweeps). */
export type ActorRole = Role | 'system';

export type Actor = {
  readonly id: string;
  readonly role: ActorRole;
  readonly displayName: string;
};

export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'system', displayName: 'Hệ thống / System' };
