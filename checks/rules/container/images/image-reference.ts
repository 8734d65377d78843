/** An image reference (`[registry[:port]/]repository[:tag][@digest]`) split into what the image rules judge. */

export interface ImageReference {
  /** The tag as written; `undefined` when none is (the runtime then pulls `latest`). */
  tag: string | undefined;
  /** `sha256:…` when the reference pins a digest. */
  digest: string | undefined;
}

/**
 * `registry:5000/app` has no tag: a colon before the last `/` belongs to the registry's port. A reference still
 * holding a template placeholder (`$IMAGE`, `{{ .Values.image }}`) is not one yet: `undefined`, never judged.
 */
export function parseImage(image: string): ImageReference | undefined {
  const reference = image.trim();
  if (reference === '' || reference.includes('$') || reference.includes('{{')) return undefined;
  const at = reference.indexOf('@');
  const name = at === -1 ? reference : reference.slice(0, at);
  const digest = at === -1 ? undefined : reference.slice(at + 1);
  const colon = name.lastIndexOf(':');
  const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
  return { tag, digest };
}
