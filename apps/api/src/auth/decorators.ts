import type { Role } from '@htx/domain';
import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from './authenticated-user';

export const PUBLIC_ROUTE = 'htx:public-route';
export const ALLOWED_ROLES = 'htx:allowed-roles';

/** Open without signing in (health, sign-in itself). Every other route must name its roles. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The roles allowed on a route; a route that names none is refused to everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export type AuthenticatedRequest = Request & { user?: AuthenticatedUser };

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a public route');
  return user;
});
