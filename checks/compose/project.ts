/**
 * A Compose file (the Compose Specification, and the v2/v3 files it grew from): its services with `extends`
 * resolved within the file, and values with `${VAR:-default}` interpolation applied where the default is written.
 * Anchors and `<<` merge keys are resolved by the YAML reader already.
 */
import type { Place } from '../model/types.ts';
import { entryOf, scalarText, valueOf, type MapEntry, type MapNode, type Node } from '../parse/tree.ts';
import { nodeTree } from '../read/nodes.ts';
import type { ValueTree } from '../read/tree.ts';
import { diagnosticAt, type Diagnostic } from '../source/diagnostic.ts';
import type { SourceFile } from '../source/file.ts';

export interface ComposeService {
  name: string;
  /** The service's settings, with those it extends merged under its own. */
  node: MapNode;
  pointer: string;
  /** The service's key under `services:`. */
  at: Place;
}

export interface ComposeProject {
  file: SourceFile;
  services: ComposeService[];
}

/** A map whose every value is a map: what `services:` must be. */
const isServiceMap = (node: Node | undefined): node is MapNode =>
  node?.kind === 'map' && node.entries.every((entry) => entry.value.kind === 'map' || (entry.value.kind === 'scalar' && entry.value.value === null));

/** What only a Compose service has: without one of these, `services:` is some other tool's settings (a Helm values file). */
const serviceMarks = ['image', 'build', 'extends'];

/** A document is a Compose file when `services:` is a map of maps, some with an image, a build or an extends. */
export function isComposeDocument(node: Node): node is MapNode {
  if (node.kind !== 'map' || valueOf(node, 'Resources') !== undefined || valueOf(node, 'apiVersion') !== undefined) return false;
  const services = valueOf(node, 'services');
  if (!isServiceMap(services)) return false;
  return services.entries.length === 0 || services.entries.some((entry) => entry.value.kind === 'map' && serviceMarks.some((key) => valueOf(entry.value as MapNode, key) !== undefined));
}

/** Keys whose lists Compose concatenates when a service extends another; maps merge key by key; the rest replace. */
const mergedSequences = new Set(['ports', 'expose', 'volumes', 'cap_add', 'cap_drop', 'security_opt', 'devices', 'dns', 'dns_search', 'tmpfs', 'extra_hosts', 'secrets', 'configs']);

function merged(base: MapNode, own: MapNode): MapNode {
  const entries: MapEntry[] = [];
  const ownKeys = new Set(own.entries.map((entry) => entry.key));
  for (const entry of base.entries) if (!ownKeys.has(entry.key) && entry.key !== 'extends') entries.push(entry);
  for (const entry of own.entries) {
    if (entry.key === 'extends') continue;
    const inherited = entryOf(base, entry.key)?.value;
    if (inherited?.kind === 'map' && entry.value.kind === 'map') entries.push({ ...entry, value: merged(inherited, entry.value) });
    else if (inherited?.kind === 'seq' && entry.value.kind === 'seq' && mergedSequences.has(entry.key))
      entries.push({ ...entry, value: { ...entry.value, items: [...inherited.items, ...entry.value.items] } });
    else entries.push(entry);
  }
  return { kind: 'map', start: own.start, end: own.end, entries };
}

/** Services with `extends` resolved; a base in another file or a cycle is reported and the service read as written. */
export function readProject(file: SourceFile, document: MapNode): { project: ComposeProject; diagnostics: Diagnostic[] } {
  const services = valueOf(document, 'services') as MapNode;
  const diagnostics: Diagnostic[] = [];
  const resolved = new Map<string, MapNode>();
  const resolving = new Set<string>();
  const resolve = (name: string): MapNode | undefined => {
    const done = resolved.get(name);
    if (done) return done;
    const entry = entryOf(services, name);
    if (entry?.value.kind !== 'map') return undefined;
    const own = entry.value;
    let result = own;
    const extendsNode = valueOf(own, 'extends');
    if (extendsNode && !resolving.has(name)) {
      resolving.add(name);
      const baseName = extendsNode.kind === 'map' ? scalarText(valueOf(extendsNode, 'service')) : scalarText(extendsNode);
      const otherFile = extendsNode.kind === 'map' ? scalarText(valueOf(extendsNode, 'file')) : undefined;
      if (otherFile !== undefined) {
        diagnostics.push(
          diagnosticAt(
            file,
            extendsNode.start,
            'warning',
            'extends-other-file',
            `service ${name} extends ${baseName ?? 'a service'} in ${otherFile}, which was not read: settings it inherits from there are not checked`,
          ),
        );
      } else if (baseName !== undefined) {
        const base = resolve(baseName);
        if (base) result = merged(base, own);
        else diagnostics.push(diagnosticAt(file, extendsNode.start, 'warning', 'extends-unknown-service', `service ${name} extends ${baseName}, which this file does not define`));
      }
      resolving.delete(name);
    } else if (extendsNode) {
      diagnostics.push(diagnosticAt(file, extendsNode.start, 'error', 'extends-cycle', `service ${name} extends itself through a cycle of extends`));
    }
    resolved.set(name, result);
    return result;
  };
  const list: ComposeService[] = [];
  for (const entry of services.entries) {
    const node: MapNode = resolve(entry.key) ?? { kind: 'map', start: entry.value.start, end: entry.value.end, entries: [] };
    list.push({
      name: entry.key,
      node,
      pointer: `/services/${entry.key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      at: { file, start: entry.keyStart, end: entry.keyEnd, pointer: `/services/${entry.key}` },
    });
  }
  return { project: { file, services: list }, diagnostics };
}

// `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `$VAR`, `$$` (a literal dollar). Linear: no nesting.
const interpolation = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** The text with interpolation applied; `undefined` when it depends on a variable with no written default. */
export function interpolated(text: string): string | undefined {
  if (!text.includes('$')) return text;
  let unknown = false;
  const value = text.replace(interpolation, (match, _braced: string | undefined, operator: string | undefined, fallback: string | undefined) => {
    if (match === '$$') return '$';
    if (operator === ':-' || operator === '-') return fallback ?? '';
    unknown = true;
    return '';
  });
  return unknown ? undefined : value;
}

/** The plain tree with Compose's interpolation on every scalar. */
export const composeTree: ValueTree<Node> = {
  ...nodeTree,
  text: (node) => {
    const raw = nodeTree.text(node);
    return raw === undefined ? undefined : interpolated(raw);
  },
};
