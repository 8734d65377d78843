/**
 * E-mail behind one small interface. Every message is first written to the `emails` outbox table in the
 * same transaction as the change it announces (worker/services/outbox.ts), then handed to a Mailer:
 * Resend in production, the local outbox (listed in the console) everywhere else.
 */

export interface OutgoingEmail {
  id: string;
  to: string;
  subject: string;
  /** Plain text; every link in it is absolute. */
  body: string;
}

export interface Mailer {
  readonly mode: 'resend' | 'local';
  /** Sends one message; resolves to the provider's message id, or throws with a reason. */
  send(email: OutgoingEmail): Promise<string>;
}

/** Local development: the outbox table is the mailbox, so "sending" only marks the message as delivered. */
export function localOutbox(): Mailer {
  return { mode: 'local', send: async (email) => `local-${email.id}` };
}
