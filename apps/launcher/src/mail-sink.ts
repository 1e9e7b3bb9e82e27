import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

export type MailSink = { readonly url: string; readonly folder: string; stop(): Promise<void> };

/**
 * The demo's mail server: accepts every message on 127.0.0.1 and writes it to `folder` as an .eml file (open it in
 * any mail program, or read it as text), so the reminders `npm start` sends are there to see. Never relays anything.
 */
export async function startMailSink(folder: string, port: number): Promise<MailSink> {
  mkdirSync(folder, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    banner: 'htx-lifecycle demo mail sink (nothing leaves this machine)',
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const message = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((recipient) => recipient.address).join(',');
        const id = createHash('sha256').update(message).digest('hex').slice(0, 12);
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        writeFileSync(join(folder, `${stamp}-${to.replace(/[^a-z0-9.@-]/gi, '_')}-${id}.eml`), message);
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    folder,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
