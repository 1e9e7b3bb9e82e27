import { text, vietnamDateOf, type Cooperative, type LocalizedText } from '@htx/domain';
import { AuditLog, type Reach } from '@htx/persistence';
import { Injectable } from '@nestjs/common';
import { actingAs, type AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../http/api-error';
import { TerritoryDirectoryService } from './territory-directory.service';

/**
 * Object-level authorization: an officer sees and acts only within their territories (as the map stands today), a
 * representative only on their own cooperatives. A refusal looks like "not found" (404), is recorded for auditors,
 * and happens before any call to Temporal.
 */
@Injectable()
export class AccessPolicy {
  constructor(
    private readonly territories: TerritoryDirectoryService,
    private readonly auditLog: AuditLog,
  ) {}

  async reach(user: AuthenticatedUser, now: Date): Promise<Reach> {
    const territorial = user.roles.some((role) => role !== 'cooperative-representative');
    const directory = await this.territories.directory();
    return {
      territoryCodes: territorial ? directory.codesWithin(user.territoryCodes, vietnamDateOf(now)) : null,
      cooperativeIds: user.roles.includes('cooperative-representative') ? user.cooperativeIds : null,
    };
  }

  async covers(user: AuthenticatedUser, territoryCode: string, now: Date): Promise<boolean> {
    const territorial = user.roles.some((role) => role !== 'cooperative-representative');
    if (!territorial) return false;
    return (await this.territories.directory()).covers(user.territoryCodes, territoryCode, vietnamDateOf(now));
  }

  async canSee(user: AuthenticatedUser, cooperative: Pick<Cooperative, 'cooperativeId' | 'territoryCode'>, now: Date) {
    return (
      (user.roles.includes('cooperative-representative') && user.cooperativeIds.includes(cooperative.cooperativeId)) ||
      (await this.covers(user, cooperative.territoryCode, now))
    );
  }

  /** Records the refusal and returns the 404 to throw (outside one's reach, a thing does not exist). */
  async refuse(
    user: AuthenticatedUser,
    attempt: {
      action: string;
      subject: { type: string; id: string };
      cooperativeId: string | null;
      territoryCode: string | null;
    },
    now: Date,
  ): Promise<ApiError> {
    await this.auditLog.record({
      actor: actingAs(user, user.roles),
      action: 'access-denied',
      outcome: 'denied',
      subject: attempt.subject,
      cooperativeId: attempt.cooperativeId,
      territoryCode: attempt.territoryCode,
      reason: OUTSIDE_REACH,
      details: { attempted: attempt.action },
      occurredAt: now,
    });
    return new ApiError(
      404,
      `${attempt.subject.type.toUpperCase().replace(/-/g, '_')}_NOT_FOUND`,
      text(`Không tìm thấy ${attempt.subject.id}.`, `${attempt.subject.id} was not found.`),
      [],
      text('Kiểm tra mã định danh và địa bàn được phân công.', 'Check the id and the territories assigned to you.'),
    );
  }
}

const OUTSIDE_REACH: LocalizedText = text(
  'Ngoài địa bàn hoặc hợp tác xã được phân công.',
  'Outside the territories or cooperatives assigned to the user.',
);
