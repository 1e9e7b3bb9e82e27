import { createHash } from 'node:crypto';
import { canonicalJson, text, type LocalizedText } from '@htx/domain';

/** The `prev_hash` of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Everything about an event that the chain protects: all of it except the hash itself and the global position. */
export type ChainedEvent = {
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
  readonly data: unknown;
  readonly legalBasis: unknown;
  readonly actor: { readonly id: string; readonly role: string; readonly displayName: string };
  /** ISO-8601 UTC with milliseconds, as `Date.prototype.toISOString` writes it. */
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly idempotencyKey: string;
  readonly prevHash: string;
};

/** SHA-256 over exactly the chained fields (whatever else the object carries, such as its own hash, is ignored). */
export function hashEvent(event: ChainedEvent): string {
  const chained: ChainedEvent = {
    streamId: event.streamId,
    version: event.version,
    type: event.type,
    data: event.data,
    legalBasis: event.legalBasis,
    actor: { id: event.actor.id, role: event.actor.role, displayName: event.actor.displayName },
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    idempotencyKey: event.idempotencyKey,
    prevHash: event.prevHash,
  };
  return createHash('sha256').update(canonicalJson(chained)).digest('hex');
}

/**
 * What `hashEvent` hashes, cut around the two fields only the stream's head decides: `before + prevHash + between +
 * version + after` is exactly that text, so the database can finish the hash under the stream's lock. The cut follows
 * the canonical key order (…, occurredAt, prevHash, recordedAt, streamId, type, version).
 */
export type ChainTemplate = { readonly before: string; readonly between: string; readonly after: string };

export function chainTemplate(event: Omit<ChainedEvent, 'version' | 'prevHash'>): ChainTemplate {
  const opening = canonicalJson({
    actor: { id: event.actor.id, role: event.actor.role, displayName: event.actor.displayName },
    data: event.data,
    idempotencyKey: event.idempotencyKey,
    legalBasis: event.legalBasis,
    occurredAt: event.occurredAt,
  });
  const field = (name: string, value: unknown) => `,${JSON.stringify(name)}:${canonicalJson(value)}`;
  return {
    before: `${opening.slice(0, -1)},"prevHash":"`,
    between: `"${field('recordedAt', event.recordedAt)}${field('streamId', event.streamId)}${field('type', event.type)},"version":`,
    after: '}',
  };
}

export type ChainBreakKind = 'hash-mismatch' | 'prev-hash-mismatch' | 'missing-version' | 'head-mismatch';

export type ChainBreak = {
  readonly version: number;
  readonly kind: ChainBreakKind;
  readonly message: LocalizedText;
};

export type ChainVerification = {
  readonly valid: boolean;
  readonly eventCount: number;
  readonly headVersion: number;
  readonly headHash: string;
  /** The first place the chain does not hold, if any. */
  readonly break: ChainBreak | null;
};

/**
 * Re-checks a stream from its first event: every hash recomputed, every link to the previous hash, versions
 * without gaps, and the last event against the head the read model recorded (which catches a deleted last event).
 */
export function verifyChain(
  events: readonly (ChainedEvent & { readonly hash: string })[],
  recordedHead?: { readonly version: number; readonly hash: string },
): ChainVerification {
  let previousHash = GENESIS_HASH;
  let previousVersion = 0;
  const result = (chainBreak: ChainBreak | null): ChainVerification => ({
    valid: chainBreak === null,
    eventCount: events.length,
    headVersion: previousVersion,
    headHash: previousHash,
    break: chainBreak,
  });

  for (const event of events) {
    const expectedVersion = previousVersion + 1;
    if (event.version !== expectedVersion) {
      return result({
        version: expectedVersion,
        kind: 'missing-version',
        message: text(
          `Thiếu sự kiện số ${expectedVersion}: nhật ký đã bị xoá một phần.`,
          `Event ${expectedVersion} is missing: part of the log has been deleted.`,
        ),
      });
    }
    if (event.prevHash !== previousHash) {
      return result({
        version: event.version,
        kind: 'prev-hash-mismatch',
        message: text(
          `Sự kiện số ${event.version} không nối với sự kiện trước nó: nhật ký đã bị sửa hoặc xoá.`,
          `Event ${event.version} does not link to the event before it: the log has been edited or cut.`,
        ),
      });
    }
    if (hashEvent(event) !== event.hash) {
      return result({
        version: event.version,
        kind: 'hash-mismatch',
        message: text(
          `Nội dung sự kiện số ${event.version} đã bị thay đổi sau khi ghi.`,
          `The content of event ${event.version} was changed after it was recorded.`,
        ),
      });
    }
    previousHash = event.hash;
    previousVersion = event.version;
  }

  if (recordedHead && (recordedHead.version !== previousVersion || recordedHead.hash !== previousHash)) {
    return result({
      version: recordedHead.version,
      kind: 'head-mismatch',
      message: text(
        `Sổ đăng ký ghi nhận ${recordedHead.version} sự kiện nhưng nhật ký chỉ còn ${previousVersion} sự kiện khớp: nhật ký đã bị xoá hoặc sửa.`,
        `The registry recorded ${recordedHead.version} events but the log holds ${previousVersion} matching ones: the log has been cut or edited.`,
      ),
    });
  }
  return result(null);
}
