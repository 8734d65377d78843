/**
 * Pods and every controller that templates them, as `workload`s: where the pod spec sits in each kind, and how
 * pod-level security settings fall through to containers.
 */
import { bool, number, text, textList } from '../../read/convert.ts';
import type { Cursor, Reader } from '../../read/cursor.ts';
import { nodeReader } from '../../read/nodes.ts';
import type { Node } from '../../parse/tree.ts';
import { absent, known, unknownAttr, type Attr, type ResourceBase } from '../../model/types.ts';
import type { Container, EnvVar, HostMount, PublishedPort, Workload } from '../../model/workload.ts';
import type { KubernetesObject } from '../manifest.ts';
import { parseQuantity } from '../quantity.ts';

/** Where each kind keeps its pod template, and whether its pods run until stopped. */
const podPaths: Record<string, { template: string[]; longRunning: boolean; replicas: boolean }> = {
  Pod: { template: [], longRunning: true, replicas: false },
  Deployment: { template: ['spec', 'template'], longRunning: true, replicas: true },
  StatefulSet: { template: ['spec', 'template'], longRunning: true, replicas: true },
  ReplicaSet: { template: ['spec', 'template'], longRunning: true, replicas: true },
  ReplicationController: { template: ['spec', 'template'], longRunning: true, replicas: true },
  DaemonSet: { template: ['spec', 'template'], longRunning: true, replicas: false },
  Job: { template: ['spec', 'template'], longRunning: false, replicas: false },
  CronJob: { template: ['spec', 'jobTemplate', 'spec', 'template'], longRunning: false, replicas: false },
};

export const workloadKinds = Object.keys(podPaths);

function presence(cursor: Cursor<Node>, fallback: Cursor<Node>): Attr<boolean> {
  return cursor.value === undefined ? absent(fallback.at, cursor.property) : known(true, cursor.at, cursor.property);
}

/** The container's own setting, else the pod's (`runAsNonRoot`, `runAsUser`, `seccompProfile`). */
function inherited<T>(own: Attr<T>, pod: Attr<T>): Attr<T> {
  return own.state === 'absent' && pod.state !== 'absent' ? pod : own;
}

/** A setting named by more than its own key, where the key alone says nothing (`add` → `capabilities.add`). */
function named<T>(attr: Attr<T>, property: string): Attr<T> {
  return { ...attr, property };
}

function quantity(cursor: Cursor<Node>): Attr<number> {
  const attr = text(cursor);
  if (attr.state !== 'known') return attr as Attr<never>;
  const value = parseQuantity(attr.value);
  return value === undefined ? unknownAttr(attr.at, attr.property) : known(value, attr.at, attr.property);
}

function envOf(reader: Reader<Node>, container: Cursor<Node>): EnvVar[] {
  return reader.items(reader.field(container, 'env')).flatMap((item) => {
    const name = text(reader.field(item, 'name'));
    const value = reader.field(item, 'value');
    // `valueFrom` (secretKeyRef, configMapKeyRef, fieldRef) is the right way: not a literal.
    if (name.state !== 'known' || value.value === undefined) return [];
    return [{ name: name.value, value: text(value) }];
  });
}

/** Ports on the node's interfaces: a `hostPort`, or with `hostNetwork` every container port (the pod is the node's network). */
function hostPortsOf(reader: Reader<Node>, container: Cursor<Node>, hostNetwork: boolean): PublishedPort[] {
  return reader.items(reader.field(container, 'ports')).flatMap((item) => {
    const containerPort = number(reader.field(item, 'containerPort'));
    const hostPort = number(reader.field(item, 'hostPort'));
    const port = containerPort.state === 'known' ? containerPort.value : undefined;
    if (hostPort.state !== 'known' && !(hostNetwork && port !== undefined)) return [];
    const hostIp = text(reader.field(item, 'hostIP'));
    return [
      {
        containerPort: port,
        hostPort: hostPort.state === 'known' ? hostPort.value : port,
        hostIp: hostIp.state === 'known' ? hostIp.value : undefined,
        at: hostPort.state === 'known' ? hostPort.at : containerPort.at,
      },
    ];
  });
}

function containerOf(reader: Reader<Node>, item: Cursor<Node>, pod: Cursor<Node>, init: boolean): Container {
  const hostNetwork = bool(reader.field(pod, 'hostNetwork'));
  const context = reader.field(item, 'securityContext');
  const podContext = reader.field(pod, 'securityContext');
  const resources = reader.field(item, 'resources');
  const limits = reader.field(resources, 'limits');
  const requests = reader.field(resources, 'requests');
  const capabilities = reader.field(context, 'capabilities');
  const name = text(reader.field(item, 'name'));
  return {
    name: name.state === 'known' ? name.value : '(unnamed)',
    at: item.at,
    init,
    image: text(reader.field(item, 'image')),
    privileged: bool(reader.field(context, 'privileged')),
    allowPrivilegeEscalation: bool(reader.field(context, 'allowPrivilegeEscalation')),
    runAsNonRoot: inherited(bool(reader.field(context, 'runAsNonRoot')), bool(reader.field(podContext, 'runAsNonRoot'))),
    user: inherited(text(reader.field(context, 'runAsUser')), text(reader.field(podContext, 'runAsUser'))),
    readOnlyRootFilesystem: bool(reader.field(context, 'readOnlyRootFilesystem')),
    capabilitiesAdded: named(textList(reader.field(capabilities, 'add')), 'capabilities.add'),
    capabilitiesDropped: named(textList(reader.field(capabilities, 'drop')), 'capabilities.drop'),
    seccompProfile: inherited(text(reader.field(reader.field(context, 'seccompProfile'), 'type')), text(reader.field(reader.field(podContext, 'seccompProfile'), 'type'))),
    memoryLimit: quantity(reader.field(limits, 'memory')),
    cpuLimit: quantity(reader.field(limits, 'cpu')),
    cpuRequest: quantity(reader.field(requests, 'cpu')),
    memoryRequest: quantity(reader.field(requests, 'memory')),
    healthCheck: presence(reader.field(item, 'livenessProbe'), item),
    readinessProbe: presence(reader.field(item, 'readinessProbe'), item),
    env: envOf(reader, item),
    publishedPorts: hostPortsOf(reader, item, hostNetwork.state === 'known' && hostNetwork.value),
  };
}

function hostMountsOf(reader: Reader<Node>, pod: Cursor<Node>): HostMount[] {
  return reader.items(reader.field(pod, 'volumes')).flatMap((volume) => {
    const path = text(reader.field(reader.field(volume, 'hostPath'), 'path'));
    return path.state === 'known' ? [{ path: path.value, at: path.at }] : [];
  });
}

function labelsOf(reader: Reader<Node>, cursor: Cursor<Node>): Map<string, string> {
  const labels = new Map<string, string>();
  for (const { key, cursor: value } of reader.entries(cursor)) {
    const attr = text(value);
    if (attr.state === 'known') labels.set(key, attr.value);
  }
  return labels;
}

function spreadingOf(reader: Reader<Node>, pod: Cursor<Node>): Attr<boolean> {
  const constraints = reader.field(pod, 'topologySpreadConstraints');
  if (reader.items(constraints).length > 0) return known(true, constraints.at, 'topologySpreadConstraints');
  const antiAffinity = reader.field(reader.field(pod, 'affinity'), 'podAntiAffinity');
  if (antiAffinity.value !== undefined) return known(true, antiAffinity.at, 'podAntiAffinity');
  return absent(pod.at, 'topologySpreadConstraints');
}

/** A pod or controller as a workload; `undefined` for kinds that run no pods. */
export function workloadOf(object: KubernetesObject, base: ResourceBase): Workload | undefined {
  const paths = podPaths[object.kind];
  if (!paths) return undefined;
  const root = nodeReader(object.at.file, object.node, object.pointer, object.at);
  const template = root.get(...paths.template);
  const pod = paths.template.length === 0 ? root.get('spec') : root.field(template, 'spec');
  if (pod.value?.kind !== 'map') return undefined;
  const labels = labelsOf(root, paths.template.length === 0 ? root.get('metadata', 'labels') : root.field(root.field(template, 'metadata'), 'labels'));
  const metadata = root.get('metadata');
  const namespace = root.field(metadata, 'namespace');
  const replicas = root.get('spec', 'replicas');
  return {
    ...base,
    kind: 'workload',
    platform: 'kubernetes',
    controller: object.kind,
    namespace: object.namespace ?? 'default',
    namespaceWritten: object.namespace !== undefined,
    namespaceAt: namespace.at,
    longRunning: paths.longRunning,
    replicas: paths.replicas ? number(replicas) : undefined,
    podLabels: labels,
    hostNetwork: bool(root.field(pod, 'hostNetwork')),
    hostPid: bool(root.field(pod, 'hostPID')),
    hostIpc: bool(root.field(pod, 'hostIPC')),
    hostMounts: hostMountsOf(root, pod),
    automountServiceAccountToken: bool(root.field(pod, 'automountServiceAccountToken')),
    serviceAccountName: ((attr) => (attr.state === 'known' ? attr.value : undefined))(text(root.field(pod, 'serviceAccountName'))),
    spreading: spreadingOf(root, pod),
    restartPolicy: undefined,
    podAt: pod.at,
    containers: [
      ...root.items(root.field(pod, 'initContainers')).map((item) => containerOf(root, item, pod, true)),
      ...root.items(root.field(pod, 'containers')).map((item) => containerOf(root, item, pod, false)),
    ],
  };
}
