export type Patience = { readonly timeoutMs?: number; readonly intervalMs?: number };

/** Polls `probe` until it yields a value (not undefined); fails naming `what` after 20 s (or as told). */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  { timeoutMs = 20_000, intervalMs = 100 }: Patience = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Polls `read` until what it reads is accepted. */
export function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  patience?: Patience,
): Promise<T> {
  return eventually(
    async () => {
      const value = await read();
      return accept(value) ? value : undefined;
    },
    what,
    patience,
  );
}
