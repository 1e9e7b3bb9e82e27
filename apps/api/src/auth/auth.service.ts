import { AppConfig } from '@htx/config';
import { text } from '@htx/domain';
import { AuditLog, UserRepository, verifyPassword, type UserRecord } from '@htx/persistence';
import { Injectable } from '@nestjs/common';
import { ApiError } from '../http/api-error';
import type { AuthenticatedUser } from './authenticated-user';
import { TokenService } from './token.service';

export const UNAUTHENTICATED = (reason: string) =>
  new ApiError(
    401,
    'UNAUTHENTICATED',
    text('Cần đăng nhập để dùng chức năng này.', 'Sign in to use this.'),
    [],
    text(
      `Đăng nhập qua POST /auth/login rồi gửi "Authorization: Bearer <token>" (${reason}).`,
      `Sign in with POST /auth/login, then send "Authorization: Bearer <token>" (${reason}).`,
    ),
  );

function toAuthenticated(user: UserRecord): AuthenticatedUser {
  return {
    id: user.id,
    displayName: user.displayName,
    roles: user.roles,
    territoryCodes: user.territoryCodes,
    cooperativeIds: user.cooperativeIds,
  };
}

@Injectable()
export class AuthService {
  constructor(
    private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly tokens: TokenService,
    private readonly auditLog: AuditLog,
  ) {}

  /** Local sign-in. A wrong name or password gets the same answer, and the attempt is recorded. */
  async signIn(username: string, password: string, now: Date) {
    if (!this.config.auth.localLogin || !this.config.auth.jwtSecret) {
      throw new ApiError(
        403,
        'LOCAL_SIGN_IN_DISABLED',
        text('Đăng nhập trực tiếp đã tắt.', 'Local sign-in is turned off.'),
        [],
        text(
          'Đăng nhập qua nhà cung cấp định danh (OIDC) của cơ quan.',
          "Sign in through the authority's identity provider (OIDC).",
        ),
      );
    }
    const user = await this.users.findById(username);
    const valid = !!user?.active && !!user.passwordHash && (await verifyPassword(password, user.passwordHash));
    if (!user || !valid) {
      await this.auditLog.record({
        actor: { id: username.slice(0, 100), role: 'system', displayName: 'Chưa xác thực / Unauthenticated' },
        action: 'sign-in-failed',
        outcome: 'denied',
        subject: { type: 'user', id: username.slice(0, 100) },
        occurredAt: now,
      });
      throw new ApiError(
        401,
        'INVALID_CREDENTIALS',
        text('Sai tên đăng nhập hoặc mật khẩu.', 'Wrong user name or password.'),
        [],
        text(
          'Kiểm tra lại, hoặc liên hệ quản trị viên để đặt lại mật khẩu.',
          'Check them, or ask an administrator to reset the password.',
        ),
      );
    }
    const { token, expiresAt } = await this.tokens.sign(user.id, now);
    return {
      accessToken: token,
      tokenType: 'Bearer' as const,
      expiresAt: expiresAt.toISOString(),
      user: toAuthenticated(user),
    };
  }

  /** The user behind a bearer token, or a 401 saying why not. */
  async authenticate(token: string): Promise<AuthenticatedUser> {
    let verified;
    try {
      verified = await this.tokens.verify(token);
    } catch (error) {
      throw UNAUTHENTICATED(error instanceof Error ? error.message : 'invalid token');
    }
    const user =
      verified.kind === 'local'
        ? await this.users.findById(verified.userId)
        : await this.users.findByExternalSubject(verified.subject);
    if (!user?.active) throw UNAUTHENTICATED('no active user for this token');
    return toAuthenticated(user);
  }
}
