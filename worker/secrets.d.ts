// Secrets are set with `wrangler secret put` (or .dev.vars locally), so `wrangler types` cannot see them.
interface Env {
  /** Turnstile secret key; with TURNSTILE_SITE_KEY it switches the human check on uploads on. */
  TURNSTILE_SECRET_KEY?: string;
  /** Stripe secret key (sk_live_… or sk_test_…): switches Stripe Checkout on and local payments off. */
  STRIPE_SECRET_KEY?: string;
  /** Signing secret of the Stripe webhook endpoint (whsec_…). */
  STRIPE_WEBHOOK_SECRET?: string;
  /** Resend API key: switches real e-mail on; without it mail stays in the local outbox. */
  RESEND_API_KEY?: string;
  /** Signs customers' private status links and the local reviewer cookie (required with Stripe). */
  SIGNING_SECRET?: string;
}
