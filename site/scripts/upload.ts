/** The upload form: collect files (picked, dropped, whole folders, pasted or examples), show their format, send, follow the report. */

type Format = 'cloudformation' | 'sam' | 'kubernetes' | 'terraform' | 'compose' | 'unknown';

interface Strings {
  formats: Record<Format, string>;
  remove: string;
  sending: string;
  nothing: string;
}

interface Pending {
  path: string;
  file: File;
  format: Format;
}

/** A quick look at the text, only to tell the user what we think each file is; the server decides for real. */
export function detectFormat(path: string, text: string): Format {
  if (/\.tf(\.json)?$/i.test(path)) return 'terraform';
  if (/AWS::Serverless-2016-10-31/.test(text)) return 'sam';
  if (/AWSTemplateFormatVersion|"?Type"?\s*:\s*"?(AWS|Custom)::/.test(text)) return 'cloudformation';
  if (/^\s*apiVersion\s*:/m.test(text) && /^\s*kind\s*:/m.test(text)) return 'kubernetes';
  if (/^services\s*:/m.test(text)) return 'compose';
  return 'unknown';
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
  const config = (await fetch('/api/config').then((response) => response.json()).catch(() => ({}))) as { turnstileSiteKey?: string | null };
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
  const list = form.querySelector<HTMLUListElement>('[data-file-list]')!;
  const status = form.querySelector<HTMLElement>('[data-upload-status]')!;
  const progress = form.querySelector<HTMLProgressElement>('[data-progress]')!;
  const paste = form.querySelector<HTMLTextAreaElement>('[data-paste]')!;
  const pasteName = form.querySelector<HTMLInputElement>('[data-paste-name]')!;
  const pending: Pending[] = [];
  let humanToken: () => string | undefined = () => undefined;
  void setupHumanCheck(form).then((read) => (humanToken = read));

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
      if (file.name.startsWith('.')) continue;
      const head = await file.slice(0, 4096).text();
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
    const files = [...(input.files ?? [])].filter((file) => /\.(ya?ml|json|template|tf)$/i.test(file.name));
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
    const entries = [...(event.dataTransfer?.items ?? [])].map((item) => item.webkitGetAsEntry()).filter((entry): entry is FileSystemEntry => entry !== null);
    const files = (await Promise.all(entries.map((entry) => filesFromEntry(entry)))).flat();
    await add(files.filter(({ path }) => /\.(ya?ml|json|template|tf)$/i.test(path)));
  });

  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-example]')) {
    button.addEventListener('click', async () => {
      const name = button.dataset['example']!;
      const text = await (await fetch(`/examples/${name}`)).text();
      await add([{ path: name, file: new File([text], name, { type: 'text/plain' }) }]);
    });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = new FormData();
    for (const item of pending) body.append('files', item.file, item.path);
    if (paste.value.trim() !== '') body.append('files', new File([paste.value], pasteName.value.trim() || 'pasted.yaml', { type: 'text/plain' }));
    if (!body.has('files')) {
      status.textContent = strings.nothing;
      return;
    }
    body.append('language', form.dataset['language'] ?? 'en');
    const token = humanToken();
    if (token) body.append('cf-turnstile-response', token);
    // XMLHttpRequest, not fetch: it reports upload progress.
    const request = new XMLHttpRequest();
    request.open('POST', '/api/reviews');
    request.responseType = 'json';
    progress.hidden = false;
    progress.value = 0;
    status.textContent = strings.sending;
    request.upload.addEventListener('progress', (progressEvent) => {
      if (progressEvent.lengthComputable) progress.value = Math.round((progressEvent.loaded / progressEvent.total) * 100);
    });
    request.addEventListener('load', () => {
      const response = request.response as { id?: string; url?: string; deleteToken?: string; error?: { message: string } } | null;
      if (request.status === 201 && response?.id && response.url && response.deleteToken) {
        progress.value = 100;
        localStorage.setItem(`plumbline:review:${response.id}`, response.deleteToken);
        location.assign(response.url);
        return;
      }
      progress.hidden = true;
      status.textContent = response?.error?.message ?? `HTTP ${request.status}`;
    });
    request.addEventListener('error', () => {
      progress.hidden = true;
      status.textContent = 'Network error';
    });
    request.send(body);
  });
}
