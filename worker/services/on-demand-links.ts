/** Absolute links to a customer's on-demand page, for e-mails (built from PUBLIC_ORIGIN, never the Host header). */
import type { Dependencies } from '../middleware/dependencies.ts';
import type { AccountRow } from '../schemas/on-demand.ts';
import { ApiFailure } from './errors.ts';
import { accountKey, accountPath } from './links.ts';

export function signingSecretOf(deps: Pick<Dependencies, 'signingSecret'>): string {
  if (!deps.signingSecret) throw new ApiFailure(503, { code: 'not-configured', message: 'SIGNING_SECRET is not configured, so private links cannot be issued' });
  return deps.signingSecret;
}

export async function accountLink(deps: Pick<Dependencies, 'origin' | 'signingSecret'>, account: Pick<AccountRow, 'id' | 'language'>): Promise<string> {
  return `${deps.origin}${accountPath(account.language, account.id, await accountKey(signingSecretOf(deps), account.id))}`;
}
