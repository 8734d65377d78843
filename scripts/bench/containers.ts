/**
 * The Kubernetes and Compose goals: a 1,000-document manifest (what `helm template` prints for a large platform)
 * under 1 s and a 200-service Compose file under 200 ms, fully checked, warm; and the memory each adds to a
 * fresh process. Inputs are generated here, not committed; every workload is careless in a few ways and
 * hardened in others, so rules have findings to make.
 *   node scripts/bench/containers.ts   runs these figures alone
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSources } from '../../checks/index.ts';

type Line = (label: string, value: string, goal: string, ok: boolean) => void;

const root = new URL('../../', import.meta.url).pathname;
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function deployment(index: number): string {
  const hardened = index % 2 === 0;
  return `# Source: platform/templates/app-${index}.yaml
apiVersion: apps/v1
kind: ${index % 5 === 0 ? 'StatefulSet' : 'Deployment'}
metadata:
  name: app-${index}
  namespace: team-${index % 20}
  labels: {app: app-${index}, tier: backend}
spec:
  replicas: ${hardened ? 3 : 1}
  selector:
    matchLabels: {app: app-${index}}
  template:
    metadata:
      labels: {app: app-${index}, tier: backend}
    spec:
      automountServiceAccountToken: ${hardened}
      securityContext:
        runAsNonRoot: ${hardened}
        seccompProfile: {type: RuntimeDefault}
${hardened ? '      topologySpreadConstraints:\n        - maxSkew: 1\n          topologyKey: topology.kubernetes.io/zone\n          whenUnsatisfiable: ScheduleAnyway\n          labelSelector: {matchLabels: {app: app-' + index + '}}\n' : ''}      containers:
        - name: app
          image: ${hardened ? `registry.example.com/app@sha256:${'a'.repeat(64)}` : 'registry.example.com/app:latest'}
          ports:
            - containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: info
            - name: ${hardened ? 'DB_HOST' : 'DB_PASSWORD'}
              value: ${hardened ? 'db.internal' : 'changeme'}
          securityContext:
            allowPrivilegeEscalation: ${!hardened}
            readOnlyRootFilesystem: ${hardened}
            capabilities:
              drop: [ALL]
${hardened ? '          resources:\n            requests: {cpu: 250m, memory: 256Mi}\n            limits: {cpu: "1", memory: 512Mi}\n          livenessProbe: {httpGet: {path: /healthz, port: 8080}}\n          readinessProbe: {httpGet: {path: /ready, port: 8080}}\n' : ''}`;
}

const service = (index: number) => `apiVersion: v1
kind: Service
metadata:
  name: app-${index}
  namespace: team-${index % 20}
spec:
  selector: {app: app-${index % 3 === 0 ? `${index}-old` : index}}
  ports:
    - port: 80
      targetPort: 8080
`;

const budget = (index: number) => `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: app-${index}
  namespace: team-${index % 20}
spec:
  ${index % 4 === 0 ? 'maxUnavailable: 0' : 'minAvailable: 1'}
  selector:
    matchLabels: {app: app-${index}}
`;

const autoscaler = (index: number) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: app-${index}
  namespace: team-${index % 20}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: app-${index}}
  minReplicas: 2
  maxReplicas: 10
`;

/** 400 workloads, 400 Services, 100 disruption budgets and 100 autoscalers: 1,000 documents. */
export function largeManifest(): string {
  const documents: string[] = [];
  for (let index = 0; index < 400; index++) documents.push(deployment(index), service(index));
  for (let index = 0; index < 100; index++) documents.push(budget(index * 4), autoscaler(index * 4 + 1));
  return `${documents.join('---\n')}`;
}

/** 200 services, half built on a shared anchor, some extending others. */
export function largeCompose(): string {
  const lines = ['x-hardened: &hardened', '  read_only: true', '  user: "10001"', '  cap_drop: [ALL]', '  security_opt: [no-new-privileges:true]', '  restart: unless-stopped', 'services:'];
  for (let index = 0; index < 200; index++) {
    const hardened = index % 2 === 0;
    lines.push(`  svc-${index}:`);
    if (hardened) lines.push('    <<: *hardened');
    if (index % 10 === 9) lines.push(`    extends: svc-${index - 1}`);
    lines.push(`    image: ${hardened ? `registry.example.com/svc:1.${index}@sha256:${'b'.repeat(64)}` : index % 3 === 0 ? 'postgres' : 'registry.example.com/svc:latest'}`);
    lines.push('    environment:', '      LOG_LEVEL: info', `      ${hardened ? 'DB_HOST: db' : 'DB_PASSWORD: changeme'}`);
    lines.push('    ports:', `      - "${hardened ? '127.0.0.1:' : ''}${10000 + index}:${index % 3 === 0 ? 5432 : 8080}"`);
    if (hardened)
      lines.push('    healthcheck:', '      test: ["CMD", "wget", "-q", "-O-", "http://localhost:8080/healthz"]', '    deploy:', '      resources:', '        limits: {memory: 256M, cpus: "0.5"}');
    else lines.push('    privileged: true', '    network_mode: host', '    volumes:', '      - /var/run/docker.sock:/var/run/docker.sock');
  }
  return `${lines.join('\n')}\n`;
}

function warmMedian(fn: () => void, runs: number): number {
  for (let index = 0; index < 3; index++) fn();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** Memory a fresh process adds while checking one file (RSS peak over the loaded engine's). */
function memoryAdded(path: string, name: string): number | undefined {
  const probe = `
    const { checkSources } = await import(${JSON.stringify(join(root, 'checks/index.ts'))});
    const { readFileSync } = await import('node:fs');
    checkSources([{ path: 'warm.yaml', content: 'apiVersion: v1\\nkind: Pod\\nmetadata: {name: a}\\nspec: {containers: [{name: a, image: a}]}\\n' }]);
    globalThis.gc();
    const before = process.memoryUsage().rss;
    checkSources([{ path: ${JSON.stringify(name)}, content: readFileSync(${JSON.stringify(path)}, 'utf8') }]);
    console.log(JSON.stringify({ added: process.resourceUsage().maxRSS * 1024 - before }));
  `;
  const result = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', probe], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  return JSON.parse(result.stdout.trim().split('\n').pop()!).added / 1_048_576;
}

export function benchContainers(line: Line): void {
  const manifest = largeManifest();
  const manifestReport = checkSources([{ path: 'platform.yaml', content: manifest }]);
  const manifestFile = manifestReport.files[0]!;
  if (manifestFile.status !== 'checked' || manifestFile.format !== 'kubernetes') throw new Error(`the generated manifest was not checked: ${JSON.stringify(manifestReport.diagnostics)}`);
  const manifestMs = warmMedian(() => checkSources([{ path: 'platform.yaml', content: manifest }]), 5);
  line(
    `Kubernetes, ${manifestFile.resources} documents (${(manifest.length / 1024).toFixed(0)} KB), fully checked`,
    `${fmt(manifestMs)} (${manifestReport.summary.findings} findings)`,
    '< 1000 ms',
    manifestMs < 1000,
  );
  const composeText = largeCompose();
  const composeReport = checkSources([{ path: 'compose.yaml', content: composeText }]);
  const composeFile = composeReport.files[0]!;
  if (composeFile.status !== 'checked' || composeFile.format !== 'compose') throw new Error(`the generated Compose file was not checked: ${JSON.stringify(composeReport.diagnostics)}`);
  const composeMs = warmMedian(() => checkSources([{ path: 'compose.yaml', content: composeText }]), 10);
  line(
    `Compose, ${composeFile.resources} services (${(composeText.length / 1024).toFixed(0)} KB), fully checked`,
    `${fmt(composeMs)} (${composeReport.summary.findings} findings)`,
    '< 200 ms',
    composeMs < 200,
  );

  for (const [name, text] of [
    ['platform.yaml', manifest],
    ['compose.yaml', composeText],
  ] as const) {
    const path = join(tmpdir(), `plumbline-bench-${name}`);
    writeFileSync(path, text);
    const added = memoryAdded(path, name);
    line(
      `${name === 'compose.yaml' ? 'Compose' : 'Kubernetes'} file, peak memory added by the check`,
      added === undefined ? 'probe failed' : `${added.toFixed(1)} MB`,
      '< 128 MB',
      added !== undefined && added < 128,
    );
  }
}

if (import.meta.main) benchContainers((label, value, goal, ok) => console.log(`${ok ? 'PASS' : 'MISS'}  ${label.padEnd(60)} ${value.padEnd(30)} goal ${goal}`));
