/** Production e-mail through Resend's HTTP API (https://resend.com/docs/api-reference/emails/send-email). */
import type { Mailer, OutgoingEmail } from './mailer.ts';

export interface ResendConfig {
  apiKey: string;
  /** A sender on a domain verified with Resend, e.g. `Plumbline <reviews@plumbline.dev>`. */
  from: string;
  fetch?: typeof fetch;
}

export function resendMailer(config: ResendConfig): Mailer {
  const send = config.fetch ?? fetch;
  return {
    mode: 'resend',
    async send(email: OutgoingEmail): Promise<string> {
      const response = await send('https://api.resend.com/emails', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${config.apiKey}`,
          'content-type': 'application/json',
          // Resend drops a second send with the same key for 24 hours: a retried outbox row is sent once.
          'idempotency-key': email.id,
        },
        body: JSON.stringify({ from: config.from, to: [email.to], subject: email.subject, text: email.body }),
      });
      if (!response.ok) throw new Error(`Resend answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
      const { id } = (await response.json()) as { id?: string };
      return id ?? 'unknown';
    },
  };
}
