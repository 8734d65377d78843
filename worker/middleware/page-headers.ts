/** Security headers for every page the Worker renders: a strict CSP (no inline script or style), no referrer. */
import { secureHeaders } from 'hono/secure-headers';

export const pageHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
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
