/** Input paths as plain `/`-separated strings, since the engine also runs where there is no `node:path`. */

/** `./a/../b//c.tf` → `b/c.tf`; a path that climbs above the input keeps its leading `..`. */
export function normalizePath(path: string): string {
  const out: string[] = [];
  const absolute = path.startsWith('/');
  for (const part of path.replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !absolute) out.push(part);
  }
  return (absolute ? '/' : '') + out.join('/');
}

export function joinPath(directory: string, path: string): string {
  if (path.startsWith('/')) return normalizePath(path);
  return normalizePath(directory === '' ? path : `${directory}/${path}`);
}

/** `infra/main.tf` → `infra`; `main.tf` → `''`. */
export function directoryOf(path: string): string {
  const normal = normalizePath(path);
  const cut = normal.lastIndexOf('/');
  return cut === -1 ? '' : normal.slice(0, cut);
}

/** `from` `infra`, `to` `infra/modules/net` → `modules/net`; the same directory → `.`. */
export function relativePath(from: string, to: string): string {
  const source = from === '' ? [] : from.split('/');
  const target = to === '' ? [] : to.split('/');
  let shared = 0;
  while (shared < source.length && shared < target.length && source[shared] === target[shared]) shared++;
  const parts = [...Array<string>(source.length - shared).fill('..'), ...target.slice(shared)];
  return parts.length === 0 ? '.' : parts.join('/');
}
