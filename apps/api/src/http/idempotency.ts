import { uuidFromParts } from '@htx/persistence';
import { ApiHeader } from '@nestjs/swagger';

/** A UUID-shaped id derived from its parts: the same key from the same user always names the same thing. */
export const idFromKey = uuidFromParts;

export const IdempotencyKeyHeader = (description: string) =>
  ApiHeader({ name: 'Idempotency-Key', required: false, description });
