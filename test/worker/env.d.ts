declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}

// Vite's `?raw` imports: the file's text (used by the fuzz suite to seed inputs from real templates).
declare module '*?raw' {
  const text: string;
  export default text;
}
