/**
 * Rendered report pages, cached in R2: a report never changes until it is deleted or its files expire, and
 * rendering a large one costs seconds. The key carries whether the source excerpts are still included, so
 * a page rendered while the files were kept is never served after they expired.
 */

const prefix = (id: string) => `pages/${id}/`;
export const renderedPageKey = (id: string, language: string, withSources: boolean) => `${prefix(id)}${language}-${withSources ? 'sources' : 'nosources'}.html`;

export async function getRenderedPage(bucket: R2Bucket, key: string): Promise<string | undefined> {
  const object = await bucket.get(key);
  return object ? object.text() : undefined;
}

export async function putRenderedPage(bucket: R2Bucket, key: string, html: string): Promise<void> {
  await bucket.put(key, html, { httpMetadata: { contentType: 'text/html; charset=utf-8' } });
}

/** Every cached page of a review (both languages, with and without sources). */
export async function deleteRenderedPages(bucket: R2Bucket, id: string): Promise<void> {
  const listed = await bucket.list({ prefix: prefix(id) });
  if (listed.objects.length > 0) await bucket.delete(listed.objects.map((object) => object.key));
}
