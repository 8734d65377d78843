/**
 * Customers' private links. The key in a status link is an HMAC of the request (or on-demand account) id under SIGNING_SECRET:
 * every e-mail can carry the link, nothing secret is stored, and a guess is checked in constant time.
 */
import type { Language } from '../schemas/requests.ts';
import { base64url, sameSecret } from './secrets.ts';

async function hmac(secret: string, message: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(message)));
}

/** The 256-bit key that opens a request's status page. */
export async function requestKey(secret: string, requestId: string): Promise<string> {
  return base64url(await hmac(secret, `review-request:${requestId}`));
}

export async function isRequestKey(secret: string, requestId: string, key: string | undefined): Promise<boolean> {
  if (!key) return false;
  return sameSecret(key, await requestKey(secret, requestId));
}

export const languagePrefix = (language: Language) => (language === 'zh-cn' ? '/zh-cn' : '');

/** The customer's status page; `suffix` opens a sub-page (e.g. `/review.md`). */
export function statusPath(language: Language, requestId: string, key: string, suffix = ''): string {
  return `${languagePrefix(language)}/requests/${requestId}${suffix}?key=${key}`;
}

/** The 256-bit key that opens an on-demand account's page: another HMAC domain, so a request key never opens an account. */
export async function accountKey(secret: string, accountId: string): Promise<string> {
  return base64url(await hmac(secret, `on-demand-account:${accountId}`));
}

export async function isAccountKey(secret: string, accountId: string, key: string | undefined): Promise<boolean> {
  if (!key) return false;
  return sameSecret(key, await accountKey(secret, accountId));
}

/** The customer's on-demand page; `suffix` opens a sub-path (e.g. `/cases`). */
export function accountPath(language: Language, accountId: string, key: string, suffix = ''): string {
  return `${languagePrefix(language)}/on-demand/${accountId}${suffix}?key=${key}`;
}
