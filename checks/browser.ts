/** The engine's door for the browser only: what needs `fetch` from the page's origin. */
export { terraformWasmFrom } from './terraform/load-url.ts';
