import { createServer, createConnection, type Server, type Socket } from 'node:net';

export type TcpProxy = {
  readonly address: string;
  /** From now on, bytes from the client side are swallowed (the server never hears what the client says). */
  muteClient(): void;
  close(): Promise<void>;
};

/** A loopback TCP proxy in front of `target` (host:port), so a test can cut one direction of a live connection. */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const [host, port] = target.split(':');
  const sockets = new Set<Socket>();
  let muted = false;
  const server: Server = createServer((client) => {
    const upstream = createConnection({ host, port: Number(port) });
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => {
      if (!muted) upstream.write(chunk);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: own } = server.address() as { port: number };
  return {
    address: `127.0.0.1:${own}`,
    muteClient: () => {
      muted = true;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
