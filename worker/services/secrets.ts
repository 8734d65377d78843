/** Random identifiers and constant-time comparison for everything that works as a key. */

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `bits` random bits as base64url (128 bits: 22 characters). */
export function randomKey(bits = 128): string {
  return base64url(crypto.getRandomValues(new Uint8Array(Math.ceil(bits / 8))));
}

/** Compares two strings in time that depends only on their length, so a guess learns nothing from timing. */
export function sameSecret(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}
