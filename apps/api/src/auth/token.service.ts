import { AppConfig } from '@htx/config';
import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';

const ISSUER = 'htx-lifecycle';
const AUDIENCE = 'htx-lifecycle-api';

export type VerifiedToken =
  { readonly kind: 'local'; readonly userId: string } | { readonly kind: 'oidc'; readonly subject: string };

/**
 * Bearer tokens: the api's own (HS256, from the local sign-in) and, when configured, an OIDC provider's (verified
 * against its JWKS, issuer and audience). Roles and territories always come from our users table, never a token.
 */
@Injectable()
export class TokenService {
  private readonly secret: Uint8Array | undefined;
  private readonly jwks: JWTVerifyGetKey | undefined;

  constructor(private readonly config: AppConfig) {
    this.secret = config.auth.jwtSecret ? new TextEncoder().encode(config.auth.jwtSecret) : undefined;
    this.jwks = config.auth.oidc ? createRemoteJWKSet(new URL(config.auth.oidc.jwksUrl)) : undefined;
  }

  async sign(userId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
    if (!this.secret) throw new Error('Local sign-in needs AUTH_JWT_SECRET');
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + this.config.auth.tokenTtlSeconds) * 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
    return { token, expiresAt };
  }

  /** Throws when the token is malformed, expired, or signed by anyone we do not trust. */
  async verify(token: string): Promise<VerifiedToken> {
    const { alg } = decodeProtectedHeader(token);
    if (alg === 'HS256') {
      if (!this.secret) throw new Error('local tokens are not accepted');
      const { payload } = await jwtVerify(token, this.secret, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      if (!payload.sub) throw new Error('token without subject');
      return { kind: 'local', userId: payload.sub };
    }
    if (!this.jwks || !this.config.auth.oidc) throw new Error('tokens from an identity provider are not accepted');
    const { payload } = await jwtVerify(token, this.jwks, {
      issuer: this.config.auth.oidc.issuer,
      audience: this.config.auth.oidc.audience,
    });
    if (!payload.sub) throw new Error('token without subject');
    return { kind: 'oidc', subject: payload.sub };
  }
}
