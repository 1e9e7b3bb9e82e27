// A delivery worker of its own, for the outbox test to kill mid-way: delivers the notices named on the command line,
// one after the other, through the real outbox and SMTP, and says so on stdout.
import 'tsconfig-paths/register';
import { EventLog, LifecycleRecorder, NoticeOutbox, dataSourceOptions } from '@htx/persistence';
import { DataSource } from 'typeorm';
import { smtpSender } from '../../../apps/worker/src/mail/smtp-sender';

async function main(): Promise<void> {
  const [databaseUrl, smtpUrl, ...noticeIds] = process.argv.slice(2);
  const dataSource = await new DataSource(
    dataSourceOptions({ url: databaseUrl, poolSize: 2, applicationName: 'htx-test-delivery' }),
  ).initialize();
  const outbox = new NoticeOutbox(dataSource, new LifecycleRecorder(dataSource, new EventLog(dataSource)));
  const sender = smtpSender(smtpUrl, 'Phong dang ky <dangky@tanyen.test>');
  for (const noticeId of noticeIds) {
    const result = await outbox.deliver(noticeId, sender.send, { attemptLimit: 6, now: () => new Date() });
    console.log(`${noticeId} ${result.outcome}`);
  }
  sender.close();
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
