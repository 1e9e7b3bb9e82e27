/** Polls `probe` until it yields a value (not undefined); fails naming `what` after 20 s. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Polls `read` until what it reads is accepted. */
export function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  return eventually(async () => {
    const value = await read();
    return accept(value) ? value : undefined;
  }, what);
}
