import type { Actor } from '@htx/domain';

/** Until sign-in exists, changes made through the API are attributed to the API itself, and say so. */
const UNAUTHENTICATED_API: Actor = {
  id: 'api',
  role: 'system',
  displayName: 'API (chưa xác thực người dùng) / API (user not authenticated)',
};

export function requestActor(): Actor {
  return UNAUTHENTICATED_API;
}
