/** The Hono application type shared by every router: bindings come from `wrangler types`, variables from middleware. */
import { Hono } from 'hono';
import type { Dependencies } from './middleware/dependencies.ts';
import type { Reviewer } from './middleware/reviewer-auth.ts';
import type { BillingEvent } from './integrations/payments/payments.ts';

export type AppEnv = {
  Bindings: Env;
  Variables: {
    /** Set for every request by the dependencies middleware. */
    deps: Dependencies;
    /** Set by the reviewer-auth middleware on console routes. */
    reviewer: Reviewer;
    /** Set by the CSRF middleware: the token every form on the page must send back. */
    csrfToken: string;
    /** Set by the webhook-signature middleware: the verified event. */
    billingEvent: BillingEvent;
  };
};

/** A new router with Plumbline's bindings typed in. */
export function createRouter() {
  return new Hono<AppEnv>();
}

/** Work that should not hold up the response (sending e-mail); awaited when there is no execution context (tests). */
export async function runAfterResponse(c: { executionCtx: { waitUntil(promise: Promise<unknown>): void } }, task: () => Promise<unknown>): Promise<void> {
  const guarded = () => task().catch((error) => console.error('background task failed', error));
  let context: { waitUntil(promise: Promise<unknown>): void } | undefined;
  try {
    context = c.executionCtx;
  } catch {
    // app.request() without an execution context
  }
  if (context) context.waitUntil(guarded());
  else await guarded();
}
