import type { Actor, Role } from '@htx/domain';

/** The signed-in person, as the guard loaded them for this request. */
export type AuthenticatedUser = {
  readonly id: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly territoryCodes: readonly string[];
  readonly cooperativeIds: readonly string[];
};

/** The user as the actor of a change, in the first of `roles` they hold (the route's guard made sure of one). */
export function actingAs(user: AuthenticatedUser, roles: readonly Role[]): Actor {
  const role = roles.find((candidate) => user.roles.includes(candidate)) ?? user.roles[0];
  return { id: user.id, role, displayName: user.displayName };
}
