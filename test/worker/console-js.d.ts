// Types for the console's browser script, which is plain JavaScript served as is (no build step).
declare module '*/site/public/js/console.js' {
  /** The countdown text for a deadline at `now` (both in ms). */
  export function countdownText(deadline: number, now: number, language: 'en' | 'zh-cn'): string;
}
