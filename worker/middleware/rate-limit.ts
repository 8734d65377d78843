/** Per-client rate limits on top of Workers rate-limiting bindings, answering 429 with Retry-After. */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app.ts';
import { ApiFailure } from '../services/errors.ts';

type LimiterName = { [K in keyof Env]-?: Env[K] extends RateLimit ? K : never }[keyof Env];

/**
 * Limits each client address to the binding's budget. `what` names the action in the error message.
 * @example app.post('/request', rateLimit('REQUEST_LIMITER', 'review requests'), handler)
 */
export function rateLimit(binding: LimiterName, what: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = `${binding}:${c.req.header('cf-connecting-ip') ?? 'local'}`;
    const { success } = await c.env[binding].limit({ key });
    if (!success) {
      c.header('Retry-After', '60');
      throw new ApiFailure(429, { code: 'rate-limited', message: `too many ${what} from this address; try again in a minute` });
    }
    await next();
  });
}
