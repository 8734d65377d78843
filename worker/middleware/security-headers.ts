/**
 * Security headers for everything the Worker answers, matching site/public/_headers for static files:
 * a strict CSP (no inline script or style), HSTS, nosniff, no framing, no referrer on private pages.
 */
import { secureHeaders } from 'hono/secure-headers';

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

const shared: SecureHeadersOptions = {
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  xFrameOptions: 'DENY',
  xContentTypeOptions: 'nosniff',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
};

/** Pages rendered for people (reports, requests, checkout, console). */
export const pageHeaders = secureHeaders({
  ...shared,
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    // Pagefind, behind the header's search, compiles WebAssembly; the static site's policy allows the same.
    scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    // Checkout leaves for Stripe by a 303 redirect, which form-action also governs.
    formAction: ["'self'", 'https://checkout.stripe.com'],
    frameAncestors: ["'none'"],
  },
  // Private links carry their key in the URL: never send it to other sites.
  referrerPolicy: 'no-referrer',
});

/** API answers are data, never documents: forbid everything a browser could do with them. */
export const apiHeaders = secureHeaders({
  ...shared,
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  crossOriginResourcePolicy: 'same-origin',
  referrerPolicy: 'no-referrer',
});
