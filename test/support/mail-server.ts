import { freePort } from '@htx/dev-infra';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on a free port. A message counts as received only once the server has answered 250 to its data,
 * as SMTP has it; `onMessage` may hold that answer (to kill the sender first). Recipients listed in `refuse` get a
 * 550 (a bounce), those in `later` a 451 the first time (a transient failure).
 */
export class LocalMailServer {
  readonly received: ParsedMail[] = [];
  readonly refuse = new Set<string>();
  readonly later = new Set<string>();
  onMessage: (count: number) => Promise<'accept' | 'drop'> = () => Promise.resolve('accept');
  private dataSeen = 0;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      const to = address.address;
      if (this.refuse.has(to))
        return callback(Object.assign(new Error(`5.1.1 <${to}>: no such mailbox`), { responseCode: 550 }));
      if (this.later.delete(to))
        return callback(Object.assign(new Error('4.3.2 try again later'), { responseCode: 451 }));
      callback();
    },
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        this.dataSeen += 1;
        void this.onMessage(this.dataSeen).then(async (verdict) => {
          if (verdict === 'drop') return; // never answered: the sender is gone
          this.received.push(await simpleParser(Buffer.concat(chunks)));
          callback();
        });
      });
    },
  });
  port = 0;

  reset(): void {
    this.received.length = 0;
    this.dataSeen = 0;
    this.onMessage = () => Promise.resolve('accept');
  }

  async start(): Promise<void> {
    // A sender killed mid-message leaves a broken connection behind: that is the point, not an error.
    this.server.on('error', () => undefined);
    this.port = await freePort();
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
