/** Uploaded files in R2, content-addressed by SHA-256 so identical uploads share one object. */

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const blobKey = (sha256: string) => `files/${sha256}`;

export async function putBlob(bucket: R2Bucket, sha256: string, text: string): Promise<void> {
  await bucket.put(blobKey(sha256), text, { httpMetadata: { contentType: 'text/plain; charset=utf-8' } });
}

export async function getBlob(bucket: R2Bucket, sha256: string): Promise<string | undefined> {
  const object = await bucket.get(blobKey(sha256));
  return object ? object.text() : undefined;
}

export async function deleteBlobs(bucket: R2Bucket, sha256s: string[]): Promise<void> {
  if (sha256s.length > 0) await bucket.delete(sha256s.map(blobKey));
}
