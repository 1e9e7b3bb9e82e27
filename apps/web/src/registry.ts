import { api, call } from './api/client';
import type { Cooperative } from './api/shapes';

type Query = { territoryCode?: string; status?: Cooperative['status'] };

/** Every cooperative within the user's reach, following the keyset pages (200 a page; a district has hundreds). */
export async function loadRegistry(query: Query = {}, cap = 5_000): Promise<Cooperative[]> {
  const all: Cooperative[] = [];
  let after: string | undefined;
  do {
    const page = await call(api.GET('/cooperatives', { params: { query: { ...query, limit: 200, after } } }));
    all.push(...(page.items as Cooperative[]));
    after = page.nextCursor ?? undefined;
  } while (after && all.length < cap);
  return all;
}
