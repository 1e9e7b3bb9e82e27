import { createHash } from 'node:crypto';

/** A UUID (version 4 layout) derived from its parts: the same parts always give the same id. */
export function uuidFromParts(...parts: string[]): string {
  const bytes = createHash('sha256').update(parts.join('\n')).digest();
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
