/**
 * The upload page's private check: loads the engine bundle (`/js/engine.js`, built from the Worker's report
 * markup and `checks/index.ts`) on first use, checks the files on this device and shows the report in place.
 */
import type { UploadFailure } from './upload-errors';

export interface PrivateFile {
  path: string;
  bytes: Uint8Array;
}

/** The shape of `worker/pages/private-check.tsx`, which this site's type-check does not compile. */
type PrivateCheck = { ok: true; html: string; files: { path: string; size: number }[] } | { ok: false; error: UploadFailure };
interface Engine {
  checkPrivately(files: PrivateFile[], language: 'en' | 'zh-cn', guideBaseUrl: string): Promise<PrivateCheck>;
}

let engine: Promise<Engine> | undefined;

/** The bundle is fetched once, and only when someone asks for a private check: the page's first load stays light. */
function loadEngine(): Promise<Engine> {
  const url = '/js/engine.js';
  engine ??= (import(/* @vite-ignore */ url) as Promise<Engine>).catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

function loadReportStyles(): void {
  if (document.querySelector('link[href="/styles/report.css"]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/styles/report.css';
  document.head.append(link);
}

/**
 * Checks the files in this browser and shows the report in the page's result section. Returns undefined once the
 * report is on the page; otherwise why not: the refusal (the API's shape), or a message when the engine did not load.
 */
export async function checkInBrowser(files: PrivateFile[], language: 'en' | 'zh-cn', strings: { loadFailed: string }): Promise<UploadFailure | string | undefined> {
  let loaded: Engine;
  try {
    loaded = await loadEngine();
  } catch {
    return strings.loadFailed;
  }
  const result = await loaded.checkPrivately(files, language, location.origin);
  if (!result.ok) return result.error;
  const section = document.querySelector<HTMLElement>('[data-private-result]')!;
  loadReportStyles();
  // Markup rendered by the same JSX components as the server's report page, which escape every text value.
  section.querySelector<HTMLElement>('[data-private-report]')!.innerHTML = result.html;
  section.querySelector<HTMLUListElement>('[data-private-files]')!.replaceChildren(
    ...result.files.map((file) => {
      const item = document.createElement('li');
      const name = document.createElement('code');
      name.textContent = file.path;
      item.append(name, ` (${file.size.toLocaleString('en')} B)`);
      return item;
    }),
  );
  section.hidden = false;
  section.focus();
  return undefined;
}
