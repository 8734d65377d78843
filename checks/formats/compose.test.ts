import { describe, expect, it } from 'vitest';
import { interpolated } from '../compose/project.ts';
import { checkSources } from '../engine/check.ts';
import type { Workload } from '../model/workload.ts';
import { compose } from './compose.ts';
import { candidateAdapters } from './index.ts';

/** The workloads a Compose text builds into, by service name. */
function workloads(text: string, path = 'compose.yaml'): Map<string, Workload> {
  const read = compose.read(path, text);
  if (read.kind !== 'source') throw new Error(`not read: ${JSON.stringify(read)}`);
  const model = compose.build(read.source, { conditions: new Map() }, new Map(), () => []);
  return new Map(model.of('workload').map((workload) => [workload.name, workload]));
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('the Compose adapter', () => {
  it('recognises a Compose file by its name or by a top-level services map', () => {
    expect(compose.detect('deploy/docker-compose.prod.yml', 'version: "3"\n')).toBe('yes');
    expect(compose.detect('stack.yaml', 'services:\n  web:\n    image: nginx\n')).toBe('yes');
    expect(compose.detect('deploy.yaml', 'apiVersion: v1\nkind: Pod\n')).toBe('no');
    expect(candidateAdapters('anything.yaml', 'services:\n  web:\n    image: nginx\n')[0]).toBe(compose);
    expect(checkSources([{ path: 'anything.yaml', content: 'services:\n  web:\n    image: nginx:1.27\n' }], { rules: [] }).files[0]).toMatchObject({
      status: 'checked',
      format: 'compose',
      resources: 1,
    });
  });

  it('leaves YAML without services to other formats, with its reason', () => {
    expect(compose.read('compose.yaml', 'networks:\n  front: {}\n')).toEqual({ kind: 'not-mine', reason: expect.stringMatching(/no `services:`/) });
  });

  it('refuses a file with a second document and says where it starts', () => {
    const report = checkSources([{ path: 'compose.yaml', content: 'services:\n  a:\n    image: x:1\n---\nservices: {}\n' }], { rules: [] });
    expect(report.files[0]?.status).toBe('error');
    expect(report.diagnostics[0]).toMatchObject({ code: 'multiple-documents', line: 4 });
  });

  it('merges a service it extends under its own settings, lists concatenated and maps merged', () => {
    const text = `services:
  base:
    image: app:1.0
    restart: always
    cap_add: [NET_ADMIN]
    environment:
      MODE: base
      LEVEL: info
  web:
    extends: base
    cap_add: [SYS_TIME]
    environment:
      MODE: web
  worker:
    extends:
      service: web
    image: worker:2.0
`;
    const services = workloads(text);
    const web = services.get('web')!;
    expect(web.restartPolicy).toMatchObject({ state: 'known', value: 'always' });
    expect(lineOf(text, web.restartPolicy!.at.start)).toBe(4);
    expect(web.containers[0]!.capabilitiesAdded).toMatchObject({ state: 'known' });
    const worker = services.get('worker')!.containers[0]!;
    expect(worker.image).toMatchObject({ state: 'known', value: 'worker:2.0' });
    expect(worker.env.map((variable) => [variable.name, variable.value.state === 'known' ? variable.value.value : '?'])).toEqual([
      ['LEVEL', 'info'],
      ['MODE', 'web'],
    ]);
  });

  it('reports an extends cycle as an error and a base in another file as a warning', () => {
    const cycle = checkSources([{ path: 'compose.yaml', content: 'services:\n  a:\n    extends: b\n  b:\n    extends: a\n' }], { rules: [] });
    expect(cycle.files[0]?.status).toBe('error');
    expect(cycle.diagnostics.map((diagnostic) => diagnostic.code)).toContain('extends-cycle');
    const other = checkSources([{ path: 'compose.yaml', content: 'services:\n  a:\n    extends:\n      file: common.yml\n      service: base\n' }], { rules: [] });
    expect(other.files[0]?.status).toBe('checked');
    expect(other.diagnostics[0]).toMatchObject({ level: 'warning', code: 'extends-other-file', line: 4 });
  });

  it('applies anchors and merge keys', () => {
    const services = workloads(`x-hardened: &hardened
  read_only: true
  user: "10001"
services:
  api:
    <<: *hardened
    image: api:1
`);
    const api = services.get('api')!.containers[0]!;
    expect(api.readOnlyRootFilesystem).toMatchObject({ state: 'known', value: true });
    expect(api.user).toMatchObject({ state: 'known', value: '10001' });
  });

  it('interpolates variables with written defaults and leaves the others unknown', () => {
    expect(interpolated('nginx:${TAG:-1.27}')).toBe('nginx:1.27');
    expect(interpolated('nginx:${TAG-1.27}')).toBe('nginx:1.27');
    expect(interpolated('price: $$5')).toBe('price: $5');
    expect(interpolated('nginx:${TAG}')).toBeUndefined();
    expect(interpolated('nginx:$TAG')).toBeUndefined();
    expect(interpolated('nginx:${TAG:?set TAG}')).toBeUndefined();
    const image = workloads('services:\n  web:\n    image: nginx:${TAG}\n').get('web')!.containers[0]!.image;
    expect(image.state).toBe('unknown');
  });

  it('reads every port syntax: host IP, IPv6, ranges, protocols and the long form', () => {
    const ports = workloads(`services:
  db:
    image: postgres:16
    ports:
      - "5432"
      - "5433:5432"
      - "127.0.0.1:5434:5432"
      - "[::1]:5435:5432/tcp"
      - "6000-6001:6000-6001/udp"
      - target: 5432
        published: "5436"
        host_ip: 10.0.0.5
`)
      .get('db')!
      .containers[0]!.publishedPorts.map(({ containerPort, hostPort, hostIp }) => [containerPort, hostPort, hostIp]);
    expect(ports).toEqual([
      [5432, undefined, undefined],
      [5432, 5433, undefined],
      [5432, 5434, '127.0.0.1'],
      [5432, 5435, '::1'],
      [6000, 6000, undefined],
      [5432, 5436, '10.0.0.5'],
    ]);
  });

  it('reads host bind mounts but not named volumes or project-relative paths', () => {
    const mounts = workloads(`services:
  agent:
    image: agent:1
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - ./data:/data
      - cache:/cache
      - type: bind
        source: /etc
        target: /host-etc
`).get('agent')!.hostMounts;
    expect(mounts.map((mount) => mount.path)).toEqual(['/var/run/docker.sock', '/etc']);
  });

  it('reads health checks, disabled ones as off', () => {
    const services = workloads(`services:
  a:
    image: a:1
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost/"]
  b:
    image: b:1
    healthcheck:
      disable: true
  c:
    image: c:1
    healthcheck:
      test: ["NONE"]
  d:
    image: d:1
`);
    expect([...services.values()].map((workload) => [workload.name, workload.containers[0]!.healthCheck.state === 'known' ? workload.containers[0]!.healthCheck.value : 'absent'])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
      ['d', 'absent'],
    ]);
  });

  it('reads environment as a map or a list, and memory limits in either place', () => {
    const services = workloads(`services:
  a:
    image: a:1
    mem_limit: 512m
    environment:
      - API_TOKEN=abc
      - FROM_HOST
  b:
    image: b:1
    deploy:
      resources:
        limits:
          memory: 1G
    environment:
      API_TOKEN: abc
`);
    expect(services.get('a')!.containers[0]!.env.map((variable) => variable.name)).toEqual(['API_TOKEN']);
    expect(services.get('a')!.containers[0]!.memoryLimit).toMatchObject({ state: 'known', value: 512 * 1024 ** 2 });
    expect(services.get('b')!.containers[0]!.memoryLimit).toMatchObject({ state: 'known', value: 1024 ** 3 });
    expect(services.get('b')!.containers[0]!.env.map((variable) => variable.name)).toEqual(['API_TOKEN']);
  });

  it('takes suppressions from a label or an ignore comment inside the service', () => {
    const text = `services:
  web:
    # plumbline:ignore CONTAINER-IMAGE-LATEST reason="pinned by the deploy job"
    image: web
    labels:
      plumbline.dev/ignore: "CONTAINER-PRIVILEGED: needs the GPU driver"
  other:
    image: other:1
`;
    const read = compose.read('compose.yaml', text);
    if (read.kind !== 'source') throw new Error('not read');
    expect(compose.suppressions(read.source, 'service.web')).toEqual([
      { ruleId: 'CONTAINER-PRIVILEGED', reason: 'needs the GPU driver', source: 'metadata' },
      { ruleId: 'CONTAINER-IMAGE-LATEST', reason: 'pinned by the deploy job', source: 'comment' },
    ]);
    expect(compose.suppressions(read.source, 'service.other')).toEqual([]);
  });
});
