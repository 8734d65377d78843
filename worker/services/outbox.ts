/**
 * Sends what the outbox holds. Called right after an action (in waitUntil, so the page does not wait) and
 * by the cron, which retries failures. A message is marked sent only after the provider accepted it.
 */
import { z } from 'zod';
import type { Dependencies } from '../middleware/dependencies.ts';
import { EmailRow } from '../schemas/requests.ts';

const maxAttempts = 6;

export async function sendPendingEmails(deps: Pick<Dependencies, 'db' | 'mailer' | 'now'>, limit = 50): Promise<{ sent: number; failed: number }> {
  const { results } = await deps.db.prepare("SELECT * FROM emails WHERE status = 'pending' AND attempts < ? ORDER BY created_at LIMIT ?").bind(maxAttempts, limit).all();
  const counts = { sent: 0, failed: 0 };
  for (const email of z.array(EmailRow).parse(results)) {
    // Claim the row first, so two senders running at once never send it twice.
    const claimed = await deps.db.prepare("UPDATE emails SET attempts = attempts + 1 WHERE id = ? AND status = 'pending' AND attempts = ?").bind(email.id, email.attempts).run();
    if (claimed.meta.changes === 0) continue;
    try {
      const providerId = await deps.mailer.send({ id: email.id, to: email.to_address, subject: email.subject, body: email.body });
      await deps.db.prepare("UPDATE emails SET status = 'sent', sent_at = ?, provider_id = ?, last_error = NULL WHERE id = ?").bind(deps.now(), providerId, email.id).run();
      counts.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await deps.db
        .prepare("UPDATE emails SET status = CASE WHEN attempts >= ? THEN 'failed' ELSE 'pending' END, last_error = ? WHERE id = ?")
        .bind(maxAttempts, message.slice(0, 500), email.id)
        .run();
      counts.failed++;
    }
  }
  return counts;
}
