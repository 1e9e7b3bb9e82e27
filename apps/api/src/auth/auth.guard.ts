import { ROLE_LABELS, text, type Role } from '@htx/domain';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '../http/api-error';
import { AuthService, UNAUTHENTICATED } from './auth.service';
import { ALLOWED_ROLES, PUBLIC_ROUTE, type AuthenticatedRequest } from './decorators';

/**
 * Every route is closed unless it says otherwise: @Public() routes are open; any other route needs a valid bearer
 * token and one of the roles it names with @Roles(); a route that names none is refused to everyone.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw UNAUTHENTICATED('no bearer token');
    request.user = await this.auth.authenticate(token);

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets) ?? [];
    if (!allowed.some((role) => request.user?.roles.includes(role))) {
      throw new ApiError(
        403,
        'ROLE_NOT_ALLOWED',
        text('Vai trò của bạn không được dùng chức năng này.', 'Your role does not allow this.'),
        [],
        allowed.length > 0
          ? text(
              `Cần một trong các vai trò: ${allowed.map((role) => ROLE_LABELS[role].vi).join(', ')}.`,
              `It needs one of: ${allowed.map((role) => ROLE_LABELS[role].en).join(', ')}.`,
            )
          : text('Chức năng này chưa được cấp cho vai trò nào.', 'No role has been granted this.'),
      );
    }
    return true;
  }
}
