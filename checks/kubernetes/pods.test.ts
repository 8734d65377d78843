import { describe, expect, it } from 'vitest';
import { kubernetes } from '../formats/kubernetes.ts';
import type { Workload } from '../model/workload.ts';
import { parseQuantity } from './quantity.ts';

function workloads(text: string): Workload[] {
  const read = kubernetes.read('manifest.yaml', text);
  if (read.kind !== 'source') throw new Error(`not read: ${JSON.stringify(read)}`);
  return kubernetes.build(read.source, { conditions: new Map() }, new Map(), () => []).of('workload');
}

describe('Kubernetes pods and controllers as workloads', () => {
  it('finds the pod template of every controller kind', () => {
    const kinds = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].map(
      (kind) => `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: ${kind.toLowerCase()}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: app:1\n`,
    );
    const cron =
      'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: app\n              image: app:1\n';
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\n  namespace: tools\nspec:\n  containers:\n    - name: app\n      image: app:1\n';
    const found = workloads([...kinds, cron, pod].join('---\n'));
    expect(found.map((workload) => [workload.address, workload.longRunning, workload.containers.length])).toEqual([
      ['Deployment.default.deployment', true, 1],
      ['StatefulSet.default.statefulset', true, 1],
      ['DaemonSet.default.daemonset', true, 1],
      ['ReplicaSet.default.replicaset', true, 1],
      ['Job.default.job', false, 1],
      ['CronJob.default.nightly', false, 1],
      ['Pod.tools.debug', true, 1],
    ]);
  });

  it('lets pod-level security settings fall through to containers that do not set their own', () => {
    const [workload] = workloads(`apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 10001
    seccompProfile:
      type: RuntimeDefault
  initContainers:
    - name: setup
      image: setup:1
      securityContext:
        runAsUser: 0
  containers:
    - name: app
      image: app:1
`);
    const [setup, app] = workload!.containers;
    expect(setup).toMatchObject({ init: true, user: { state: 'known', value: '0' } });
    expect(app).toMatchObject({ init: false, user: { state: 'known', value: '10001' }, runAsNonRoot: { state: 'known', value: true }, seccompProfile: { state: 'known', value: 'RuntimeDefault' } });
  });

  it('reads resources as numbers, probes, literal env values and host ports', () => {
    const [workload] = workloads(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 3
  template:
    metadata:
      labels: {app: api}
    spec:
      volumes:
        - name: host
          hostPath: {path: /var/run/docker.sock}
      containers:
        - name: api
          image: api:1
          resources:
            requests: {cpu: 250m, memory: 256Mi}
            limits: {cpu: "2", memory: 1Gi}
          livenessProbe: {httpGet: {path: /healthz, port: 8080}}
          env:
            - name: API_TOKEN
              value: abc
            - name: DB_PASSWORD
              valueFrom: {secretKeyRef: {name: db, key: password}}
          ports:
            - containerPort: 5432
              hostPort: 5432
`);
    const api = workload!.containers[0]!;
    expect(workload!.replicas).toMatchObject({ state: 'known', value: 3 });
    expect(workload!.podLabels).toEqual(new Map([['app', 'api']]));
    expect(workload!.hostMounts.map((mount) => mount.path)).toEqual(['/var/run/docker.sock']);
    expect(api.cpuRequest).toMatchObject({ value: 0.25 });
    expect(api.memoryLimit).toMatchObject({ value: 2 ** 30 });
    expect(api.healthCheck).toMatchObject({ state: 'known', value: true });
    expect(api.readinessProbe?.state).toBe('absent');
    expect(api.env.map((variable) => variable.name)).toEqual(['API_TOKEN']);
    expect(api.publishedPorts).toMatchObject([{ containerPort: 5432, hostPort: 5432, hostIp: undefined }]);
  });
});

describe('Kubernetes quantities', () => {
  it.each([
    ['500m', 0.5],
    ['2', 2],
    ['1.5', 1.5],
    ['128Mi', 128 * 2 ** 20],
    ['1G', 1e9],
    ['1e3', 1000],
    ['100k', 100_000],
  ])('%s is %d', (text, value) => {
    expect(parseQuantity(text)).toBeCloseTo(value);
  });

  it.each(['', 'lots', '1Gb', '--1', '1.2.3'])('%s is not a quantity', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });
});
