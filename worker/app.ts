/** The Hono application type shared by every router: bindings come from `wrangler types`. */
import { Hono } from 'hono';

export type AppEnv = { Bindings: Env };

/** A new router with Plumbline's bindings typed in. */
export function createRouter() {
  return new Hono<AppEnv>();
}
