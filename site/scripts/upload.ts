/**
 * The upload form: collect files (picked, dropped, whole folders, zip archives, pasted or examples), show their
 * format, then send them and follow the report, or check them privately in this browser and share on request.
 */
import type { UploadTexts } from '../i18n/upload';
import { keepToken, tokenFragment } from './delete-token';
import { checkInBrowser } from './private-check';
import { explainFailure, failureOf, type UploadFailure } from './upload-errors';

type Format = 'cloudformation' | 'sam' | 'kubernetes' | 'terraform' | 'compose' | 'archive' | 'unknown';

interface Strings {
  formats: Record<Format, string>;
  remove: string;
  sending: string;
  checking: string;
  loadFailed: string;
  texts: UploadTexts;
  /** Names the server takes (templates and archives), e.g. `.yaml`, `.zip`. */
  extensions: string[];
  /** Whether to add the API's own English message under the page's text. */
  withDetail: boolean;
}

interface Pending {
  path: string;
  file: File;
  format: Format;
}

/** A quick look at the text, only to tell the user what we think each file is; the server decides for real. */
export function detectFormat(path: string, text: string): Format {
  if (/\.zip$/i.test(path)) return 'archive';
  if (/\.(tf|tfvars)(\.json)?$/i.test(path) || (/"format_version"/.test(text) && /"(planned_values|terraform_version)"/.test(text))) return 'terraform';
  if (/AWS::Serverless-2016-10-31/.test(text)) return 'sam';
  if (/AWSTemplateFormatVersion|"?Type"?\s*:\s*"?(AWS|Custom)::/.test(text)) return 'cloudformation';
  if (/^\s*apiVersion\s*:/m.test(text) && /^\s*kind\s*:/m.test(text)) return 'kubernetes';
  if (/^services\s*:/m.test(text)) return 'compose';
  return 'unknown';
}

/**
 * What was dropped, with folder paths where the browser gives them. The entries API (`webkitGetAsEntry()`) reads
 * folders; without it, or when it gives nothing, the dropped files themselves are taken. Both must be read before
 * the drop handler first waits: the browser empties `dataTransfer` after that.
 */
function droppedItems(transfer: DataTransfer | null): { entries: FileSystemEntry[]; files: File[] } {
  const files = [...(transfer?.files ?? [])];
  const items = [...(transfer?.items ?? [])];
  const entries = items.map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null)).filter((entry): entry is FileSystemEntry => entry !== null);
  return { entries, files };
}

/** Files inside dropped folders, with their relative paths (DataTransfer entries API). */
async function filesFromEntry(entry: FileSystemEntry, prefix = ''): Promise<{ path: string; file: File }[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ path: prefix + entry.name, file }];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  const nested = await Promise.all(children.map((child) => filesFromEntry(child, `${prefix}${entry.name}/`)));
  return nested.flat();
}

interface TurnstileApi {
  render(container: HTMLElement, options: { sitekey: string; callback(token: string): void; 'expired-callback'(): void }): string;
}

/** Loads Cloudflare Turnstile only when the server has the human check switched on. */
async function setupHumanCheck(form: HTMLFormElement): Promise<() => string | undefined> {
  let token: string | undefined;
  const config = (await fetch('/api/config')
    .then((response) => response.json())
    .catch(() => ({}))) as { turnstileSiteKey?: string | null };
  if (!config.turnstileSiteKey) return () => undefined;
  const container = document.createElement('div');
  form.querySelector('[type="submit"]')?.parentElement?.before(container);
  const script = document.createElement('script');
  script.src = 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit';
  script.async = true;
  script.addEventListener('load', () => {
    const turnstile = (window as unknown as { turnstile: TurnstileApi }).turnstile;
    turnstile.render(container, { sitekey: config.turnstileSiteKey!, callback: (value) => (token = value), 'expired-callback': () => (token = undefined) });
  });
  document.head.append(script);
  return () => token;
}

export function setupUpload(): void {
  const form = document.querySelector<HTMLFormElement>('[data-upload]');
  if (!form) return;
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Strings;
  const accepted = (path: string) => strings.extensions.some((extension) => path.toLowerCase().endsWith(extension));
  const summary = form.querySelector<HTMLElement>('[data-upload-errors]')!;
  const list = form.querySelector<HTMLUListElement>('[data-file-list]')!;
  const status = form.querySelector<HTMLElement>('[data-upload-status]')!;
  const progress = form.querySelector<HTMLProgressElement>('[data-progress]')!;
  const paste = form.querySelector<HTMLTextAreaElement>('[data-paste]')!;
  const pasteName = form.querySelector<HTMLInputElement>('[data-paste-name]')!;
  const pending: Pending[] = [];
  let humanToken: () => string | undefined = () => undefined;
  void setupHumanCheck(form).then((read) => (humanToken = read));

  /** The error summary: what went wrong, in the page's language, with the file and line where the API gives them. */
  const showFailure = (failure: UploadFailure, httpStatus = 0) => {
    const explained = explainFailure(failure, strings.texts, httpStatus, strings.withDetail);
    const item = document.createElement('li');
    if (explained.where) {
      const where = document.createElement('code');
      where.textContent = explained.where;
      item.append(where, ' ');
    }
    item.append(explained.text);
    if (explained.detail) {
      const detail = document.createElement('span');
      detail.className = 'error-detail';
      detail.textContent = explained.detail;
      item.append(detail);
    }
    summary.querySelector('ul')!.replaceChildren(item);
    summary.hidden = false;
    summary.focus();
  };
  const clearFailure = () => {
    summary.hidden = true;
    summary.querySelector('ul')!.replaceChildren();
  };

  const render = () => {
    list.replaceChildren(
      ...pending.map((item, index) => {
        const row = document.createElement('li');
        const name = document.createElement('code');
        name.textContent = item.path;
        const format = document.createElement('span');
        format.className = `pill format-${item.format}`;
        format.textContent = strings.formats[item.format];
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'link-button';
        remove.textContent = strings.remove;
        remove.setAttribute('aria-label', `${strings.remove} ${item.path}`);
        remove.addEventListener('click', () => {
          pending.splice(index, 1);
          render();
        });
        row.append(name, ' ', format, ' ', remove);
        return row;
      }),
    );
  };

  const add = async (files: { path: string; file: File }[]) => {
    for (const { path, file } of files) {
      // Hidden files and folders (.git, and .terraform with its downloaded modules and providers) are not the user's config.
      if (path.split('/').some((segment) => segment.startsWith('.'))) continue;
      // A zip is sent as it is; the server (or the private check) unpacks it.
      const head = /\.zip$/i.test(path) ? '' : await file.slice(0, 4096).text();
      pending.push({ path, file, format: detectFormat(path, head) });
    }
    render();
  };

  form.querySelector<HTMLInputElement>('[data-file-input]')!.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    void add([...(input.files ?? [])].map((file) => ({ path: file.name, file })));
    input.value = '';
  });
  const folderInput = form.querySelector<HTMLInputElement>('[data-folder-input]')!;
  folderInput.webkitdirectory = true;
  folderInput.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])].filter((file) => accepted(file.name));
    void add(files.map((file) => ({ path: file.webkitRelativePath || file.name, file })));
    input.value = '';
  });

  const zone = form.querySelector<HTMLElement>('[data-drop-zone]')!;
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', async (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    const dropped = droppedItems(event.dataTransfer);
    const files = dropped.entries.length > 0 ? (await Promise.all(dropped.entries.map((entry) => filesFromEntry(entry)))).flat() : dropped.files.map((file) => ({ path: file.name, file }));
    await add(files.filter(({ path }) => accepted(path)));
  });

  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-example]')) {
    button.addEventListener('click', async () => {
      const name = button.dataset['example']!;
      const text = await (await fetch(`/examples/${name}`)).text();
      await add([{ path: name, file: new File([text], name, { type: 'text/plain' }) }]);
    });
  }

  const language = form.dataset['language'] === 'zh-cn' ? 'zh-cn' : 'en';
  /** What a check would read now: the listed files and the pasted text. */
  const chosenFiles = (): { path: string; file: File }[] => {
    const chosen = pending.map(({ path, file }) => ({ path, file }));
    if (paste.value.trim() !== '') {
      const name = pasteName.value.trim() || 'pasted.yaml';
      chosen.push({ path: name, file: new File([paste.value], name, { type: 'text/plain' }) });
    }
    return chosen;
  };
  // The files the private check last read: "Share this report" uploads exactly these.
  let checkedPrivately: { path: string; file: File }[] = [];

  const send = (files: { path: string; file: File }[], statusLine: HTMLElement) => {
    const body = new FormData();
    for (const item of files) body.append('files', item.file, item.path);
    body.append('language', language);
    const token = humanToken();
    if (token) body.append('cf-turnstile-response', token);
    // XMLHttpRequest, not fetch: it reports upload progress.
    const request = new XMLHttpRequest();
    request.open('POST', '/api/reviews');
    request.responseType = 'json';
    progress.hidden = false;
    progress.value = 0;
    clearFailure();
    statusLine.textContent = strings.sending;
    request.upload.addEventListener('progress', (progressEvent) => {
      if (progressEvent.lengthComputable) progress.value = Math.round((progressEvent.loaded / progressEvent.total) * 100);
    });
    request.addEventListener('load', () => {
      const response = request.response as { id?: string; url?: string; deleteToken?: string } | null;
      if (request.status === 201 && response?.id && response.url && response.deleteToken) {
        progress.value = 100;
        const kept = keepToken(response.id, response.deleteToken);
        location.assign(kept ? response.url : `${response.url}#${tokenFragment}=${encodeURIComponent(response.deleteToken)}`);
        return;
      }
      progress.hidden = true;
      statusLine.textContent = '';
      showFailure(failureOf(request.status, response), request.status);
    });
    request.addEventListener('error', () => {
      progress.hidden = true;
      statusLine.textContent = '';
      showFailure({ code: 'network' });
    });
    request.send(body);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const files = chosenFiles();
    if (files.length === 0) {
      showFailure({ code: 'no-files' });
      return;
    }
    send(files, status);
  });

  const privateButton = form.querySelector<HTMLButtonElement>('[data-private-check]')!;
  privateButton.addEventListener('click', async () => {
    const files = chosenFiles();
    if (files.length === 0) {
      showFailure({ code: 'no-files' });
      return;
    }
    privateButton.disabled = true;
    clearFailure();
    status.textContent = strings.checking;
    try {
      const read = await Promise.all(files.map(async ({ path, file }) => ({ path, bytes: new Uint8Array(await file.arrayBuffer()) })));
      const problem = await checkInBrowser(read, language, strings);
      status.textContent = '';
      if (problem === undefined) checkedPrivately = files;
      else if (typeof problem === 'string') status.textContent = problem;
      else showFailure(problem);
    } finally {
      privateButton.disabled = false;
    }
  });

  const shareStatus = document.querySelector<HTMLElement>('[data-private-share-status]');
  document.querySelector<HTMLButtonElement>('[data-private-share]')?.addEventListener('click', () => {
    if (checkedPrivately.length > 0 && shareStatus) send(checkedPrivately, shareStatus);
  });
}
