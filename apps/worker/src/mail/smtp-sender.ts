import type { OutgoingNotice, SendResult } from '@htx/persistence';
import { createTransport } from 'nodemailer';

export type SmtpSender = {
  readonly send: (notice: OutgoingNotice) => Promise<SendResult>;
  readonly close: () => void;
};

/**
 * Sends through the configured SMTP server and says how it went in the outbox's terms: a 5xx reply is a bounce (the
 * server refused the recipient or the message for good), anything else that fails — a 4xx, a lost connection — may
 * work later.
 */
export function smtpSender(smtpUrl: string, from: string): SmtpSender {
  const transport = createTransport(smtpUrl);
  return {
    async send(notice) {
      try {
        const info = await transport.sendMail({
          from,
          to: notice.to,
          subject: notice.subject,
          text: notice.body,
          messageId: notice.messageId,
          headers: { 'X-Htx-Notice-Id': notice.noticeId },
        });
        return { outcome: 'delivered', response: String(info.response ?? '250') };
      } catch (error) {
        const { responseCode, response, message } = error as {
          responseCode?: number;
          response?: string;
          message?: string;
        };
        const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
        return { outcome: permanent ? 'bounced' : 'failed', response: response ?? message ?? String(error) };
      }
    },
    close: () => transport.close(),
  };
}
