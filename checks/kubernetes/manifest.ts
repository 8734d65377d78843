/**
 * A Kubernetes manifest file: every object in every YAML document (`---`), with `List` objects (what `kubectl get
 * -o yaml` prints) unpacked into their items. Helm and Kustomize output is such a file.
 */
import type { Place } from '../model/types.ts';
import { entryOf, scalarText, valueOf, type MapNode, type Node } from '../parse/tree.ts';
import { diagnosticAt, type Diagnostic } from '../source/diagnostic.ts';
import type { SourceFile } from '../source/file.ts';

export interface KubernetesObject {
  kind: string;
  apiVersion: string;
  name: string;
  /** `metadata.namespace`; undefined when not written (the namespace then comes from the context applying it). */
  namespace: string | undefined;
  node: MapNode;
  /** JSON pointer of the object: `/<document>` or `/<document>/items/<n>`. */
  pointer: string;
  /** Where it is declared: its `metadata.name` (or the object itself without one). */
  at: Place;
  annotations: ReadonlyMap<string, string>;
}

export interface Manifest {
  file: SourceFile;
  objects: KubernetesObject[];
}

/** Kinds that live outside any namespace; every other kind is namespaced (`default` when unset). */
export const clusterScoped = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PriorityClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'IngressClass',
  'RuntimeClass',
  'APIService',
  'CSIDriver',
  'VolumeAttachment',
]);

/** A map with a string `apiVersion` and `kind` is an object; that is all kubectl asks of one. */
export function isKubernetesObject(node: Node): node is MapNode {
  return node.kind === 'map' && scalarText(valueOf(node, 'apiVersion')) !== undefined && scalarText(valueOf(node, 'kind')) !== undefined;
}

function stringMap(node: Node | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (node?.kind !== 'map') return map;
  for (const entry of node.entries) {
    const value = scalarText(entry.value);
    if (value !== undefined) map.set(entry.key, value);
  }
  return map;
}

function objectOf(file: SourceFile, node: MapNode, pointer: string): KubernetesObject {
  const metadata = valueOf(node, 'metadata');
  const nameEntry = metadata?.kind === 'map' ? entryOf(metadata, 'name') : undefined;
  const name = scalarText(nameEntry?.value) ?? scalarText(metadata?.kind === 'map' ? valueOf(metadata, 'generateName') : undefined) ?? '(unnamed)';
  const at: Place = nameEntry ? { file, start: nameEntry.value.start, end: nameEntry.value.end, pointer: `${pointer}/metadata/name` } : { file, start: node.start, end: node.end, pointer };
  return {
    kind: scalarText(valueOf(node, 'kind'))!,
    apiVersion: scalarText(valueOf(node, 'apiVersion'))!,
    name,
    namespace: metadata?.kind === 'map' ? scalarText(valueOf(metadata, 'namespace')) : undefined,
    node,
    pointer,
    at,
    annotations: stringMap(metadata?.kind === 'map' ? valueOf(metadata, 'annotations') : undefined),
  };
}

/**
 * The objects of a parsed file, or `undefined` when no document is a Kubernetes object (another format's file).
 * Documents that are not objects in a file that has some are reported, not silently dropped.
 */
export function readManifest(file: SourceFile, documents: Node[], starts: number[]): { manifest: Manifest; diagnostics: Diagnostic[] } | undefined {
  if (!documents.some(isKubernetesObject)) return undefined;
  const objects: KubernetesObject[] = [];
  const diagnostics: Diagnostic[] = [];
  documents.forEach((document, index) => {
    if (!isKubernetesObject(document)) {
      diagnostics.push(
        diagnosticAt(file, starts[index], 'warning', 'not-a-kubernetes-object', `document ${index + 1} has no apiVersion and kind, so it is not a Kubernetes object and was not checked`),
      );
      return;
    }
    const pointer = `/${index}`;
    const kind = scalarText(valueOf(document, 'kind'));
    const items = valueOf(document, 'items');
    if (kind?.endsWith('List') && items?.kind === 'seq') {
      items.items.forEach((item, position) => {
        if (isKubernetesObject(item)) objects.push(objectOf(file, item, `${pointer}/items/${position}`));
        else diagnostics.push(diagnosticAt(file, item.start, 'warning', 'not-a-kubernetes-object', `item ${position + 1} of the ${kind} has no apiVersion and kind, so it was not checked`));
      });
      return;
    }
    objects.push(objectOf(file, document, pointer));
  });
  return { manifest: { file, objects }, diagnostics };
}

/** `Kind.namespace.name`, the namespace `default` when unset; cluster-scoped objects are `Kind.name`. */
export function addressOf(object: KubernetesObject): string {
  return clusterScoped.has(object.kind) ? `${object.kind}.${object.name}` : `${object.kind}.${object.namespace ?? 'default'}.${object.name}`;
}

/**
 * `plumbline.dev/ignore: "RULE-ID: reason"`, one per line (a YAML block scalar holds several); `RULE-ID` alone
 * is allowed but a reason is asked for in review.
 */
export function annotationSuppressions(annotations: ReadonlyMap<string, string>): { ruleId: string; reason: string }[] {
  const value = annotations.get('plumbline.dev/ignore');
  if (value === undefined) return [];
  return value
    .split(/[\n;]/)
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap((line) => {
      const match = /^([A-Za-z0-9_-]+)\s*(?::\s*(.*))?$/.exec(line);
      return match ? [{ ruleId: match[1]!, reason: (match[2] ?? '').trim() }] : [];
    });
}
