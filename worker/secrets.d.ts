// Secrets are set with `wrangler secret put` (or .dev.vars locally), so `wrangler types` cannot see them.
interface Env {
  /** Turnstile secret key; with TURNSTILE_SITE_KEY it switches the human check on uploads on. */
  TURNSTILE_SECRET_KEY?: string;
}
