/** The Kubernetes objects around workloads: Services, Ingresses, disruption budgets, autoscalers, network policies, RBAC. */
import { bool, number, text, textList } from '../../read/convert.ts';
import type { Cursor, Reader } from '../../read/cursor.ts';
import { nodeReader } from '../../read/nodes.ts';
import type { Node } from '../../parse/tree.ts';
import type { AnyResource } from '../../model/kinds.ts';
import type { LabelSelector, RbacRule, RbacSubject } from '../../model/kubernetes.ts';
import { absent, valueOrUndefined, type Attr, type Place, type ResourceBase } from '../../model/types.ts';
import type { KubernetesObject } from '../manifest.ts';

const knownText = (cursor: Cursor<Node>): string | undefined => {
  const attr = text(cursor);
  return attr.state === 'known' ? attr.value : undefined;
};

function plainLabels(reader: Reader<Node>, cursor: Cursor<Node>): Map<string, string> | undefined {
  const labels = new Map<string, string>();
  for (const { key, cursor: value } of reader.entries(cursor)) {
    const label = knownText(value);
    if (label === undefined) return undefined;
    labels.set(key, label);
  }
  return labels;
}

/** `matchLabels` alone can be judged; `matchExpressions` could select anything, so such a selector is unknown. */
function labelSelector(reader: Reader<Node>, cursor: Cursor<Node>): LabelSelector {
  if (reader.field(cursor, 'matchExpressions').value !== undefined) return { kind: 'unknown', at: cursor.at };
  const labels = plainLabels(reader, reader.field(cursor, 'matchLabels'));
  return labels ? { kind: 'labels', labels, at: cursor.at } : { kind: 'unknown', at: cursor.at };
}

function rulesOf(reader: Reader<Node>): RbacRule[] {
  return reader.items(reader.get('rules')).flatMap((item) => {
    const [apiGroups, resources, verbs, resourceNames] = ['apiGroups', 'resources', 'verbs', 'resourceNames'].map((key) => textList(reader.field(item, key)));
    if ([apiGroups, resources, verbs, resourceNames].some((list) => list!.state === 'unknown')) return [];
    const list = (attr: Attr<string[]>) => ({ values: valueOrUndefined(attr) ?? [], at: attr.at });
    return [{ apiGroups: list(apiGroups!), resources: list(resources!), verbs: list(verbs!), resourceNames: list(resourceNames!).values, at: item.at }];
  });
}

function subjectsOf(reader: Reader<Node>): RbacSubject[] {
  return reader.items(reader.get('subjects')).flatMap((item) => {
    const kind = knownText(reader.field(item, 'kind'));
    const name = knownText(reader.field(item, 'name'));
    return kind !== undefined && name !== undefined ? [{ kind, name, namespace: knownText(reader.field(item, 'namespace')) }] : [];
  });
}

/** Ingress backends in `networking.k8s.io/v1` (`service.name`) and the older `serviceName` spelling. */
function backendsOf(reader: Reader<Node>): { service: string; at: Place }[] {
  const backends: { service: string; at: Place }[] = [];
  const add = (backend: Cursor<Node>) => {
    const name = reader.field(reader.field(backend, 'service'), 'name');
    const legacy = reader.field(backend, 'serviceName');
    const chosen = name.value !== undefined ? name : legacy;
    const service = knownText(chosen);
    if (service !== undefined) backends.push({ service, at: chosen.at });
  };
  add(reader.get('spec', 'defaultBackend'));
  add(reader.get('spec', 'backend'));
  for (const rule of reader.items(reader.get('spec', 'rules'))) for (const path of reader.items(reader.field(reader.field(rule, 'http'), 'paths'))) add(reader.field(path, 'backend'));
  return backends;
}

/** The model resource for one non-workload object; `undefined` for kinds no rule reads. */
export function objectResource(object: KubernetesObject, base: ResourceBase): AnyResource | undefined {
  const reader = nodeReader(object.at.file, object.node, object.pointer, object.at);
  const namespace = object.namespace ?? 'default';
  const namespaceAt = reader.get('metadata', 'namespace').at;
  const namespaceWritten = object.namespace !== undefined;
  const namespaced = { ...base, namespace, namespaceWritten, namespaceAt };
  switch (object.kind) {
    case 'Service': {
      const selector = reader.get('spec', 'selector');
      const labels = plainLabels(reader, selector);
      return {
        ...namespaced,
        kind: 'k8s.service',
        selector: selector.value === undefined ? undefined : labels ? { kind: 'labels', labels, at: selector.at } : { kind: 'unknown', at: selector.at },
        type: knownText(reader.get('spec', 'type')) ?? 'ClusterIP',
      };
    }
    case 'Ingress':
      return { ...namespaced, kind: 'k8s.ingress', backends: backendsOf(reader) };
    case 'PodDisruptionBudget':
      return {
        ...namespaced,
        kind: 'k8s.pdb',
        selector: labelSelector(reader, reader.get('spec', 'selector')),
        minAvailable: text(reader.get('spec', 'minAvailable')),
        maxUnavailable: text(reader.get('spec', 'maxUnavailable')),
      };
    case 'HorizontalPodAutoscaler': {
      const ref = reader.get('spec', 'scaleTargetRef');
      const kind = knownText(reader.field(ref, 'kind'));
      const name = knownText(reader.field(ref, 'name'));
      const minReplicas = reader.get('spec', 'minReplicas');
      return {
        ...namespaced,
        kind: 'k8s.hpa',
        target: kind !== undefined && name !== undefined ? { kind, name } : undefined,
        minReplicas: minReplicas.value === undefined ? absent(minReplicas.at, 'minReplicas') : number(minReplicas),
      };
    }
    case 'NetworkPolicy':
      return { ...namespaced, kind: 'k8s.network-policy', podSelector: labelSelector(reader, reader.get('spec', 'podSelector')) };
    case 'ServiceAccount':
      return { ...namespaced, kind: 'k8s.service-account', automountToken: bool(reader.get('automountServiceAccountToken')) };
    case 'Role':
    case 'ClusterRole': {
      const cluster = object.kind === 'ClusterRole';
      return {
        ...base,
        kind: 'k8s.role',
        cluster,
        namespace: cluster ? undefined : namespace,
        namespaceWritten,
        namespaceAt: cluster ? undefined : namespaceAt,
        rules: rulesOf(reader),
      };
    }
    case 'RoleBinding':
    case 'ClusterRoleBinding': {
      const ref = reader.get('roleRef');
      const kind = knownText(reader.field(ref, 'kind'));
      const name = reader.field(ref, 'name');
      const roleName = knownText(name);
      const cluster = object.kind === 'ClusterRoleBinding';
      return {
        ...base,
        kind: 'k8s.role-binding',
        cluster,
        namespace: cluster ? undefined : namespace,
        subjects: subjectsOf(reader),
        roleRef: kind !== undefined && roleName !== undefined ? { kind, name: roleName, at: name.at } : undefined,
      };
    }
    default:
      return undefined;
  }
}
