/**
 * The delete token this browser keeps for each report it uploaded: localStorage, keyed by report id. The API
 * gives the token once; the report page shows it once (the "unseen" mark) and offers deleting wherever it is kept.
 */
const tokenKey = (id: string) => `plumbline:review:${id}`;
const unseenKey = (id: string) => `plumbline:review-token-unseen:${id}`;

/**
 * When storage is switched off the token travels to the report page once in the URL's fragment, which the
 * browser never sends anywhere; the page removes it from the address at once.
 */
export const tokenFragment = 'delete-token';

/** Keeps the token and marks it not yet shown; false when this browser keeps nothing (storage switched off). */
export function keepToken(id: string, token: string): boolean {
  try {
    localStorage.setItem(tokenKey(id), token);
    localStorage.setItem(unseenKey(id), '1');
    return true;
  } catch {
    return false;
  }
}

export function keptToken(id: string): string | undefined {
  try {
    return localStorage.getItem(tokenKey(id)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The token, the first time the report page asks for it after the upload; undefined ever after. */
export function takeUnseenToken(id: string): string | undefined {
  try {
    if (localStorage.getItem(unseenKey(id)) === null) return undefined;
    localStorage.removeItem(unseenKey(id));
    return keptToken(id);
  } catch {
    return undefined;
  }
}

export function forgetToken(id: string): void {
  try {
    localStorage.removeItem(tokenKey(id));
    localStorage.removeItem(unseenKey(id));
  } catch {
    // nothing was kept
  }
}
