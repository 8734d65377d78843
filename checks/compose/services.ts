/** A Compose service as a `workload` with one container: where Compose spells each container setting. */
import { bool, text, textList } from '../read/convert.ts';
import type { Cursor, Reader } from '../read/cursor.ts';
import { nodeReader } from '../read/nodes.ts';
import type { Node } from '../parse/tree.ts';
import { absent, known, unknownAttr, type Attr, type ResourceBase } from '../model/types.ts';
import { outsideKubernetes, type EnvVar, type HostMount, type PublishedPort, type Workload } from '../model/workload.ts';
import { composeTree, type ComposeService } from './project.ts';

const byteUnits: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** Compose byte values: a number of bytes, or `512m`, `1g`, `1.5gb`. */
function bytes(cursor: Cursor<Node>): Attr<number> {
  const attr = text(cursor);
  if (attr.state !== 'known') return attr as Attr<never>;
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(attr.value.trim());
  const unit = match ? byteUnits[match[2]!.toLowerCase()] : undefined;
  return match && unit !== undefined ? known(Number(match[1]) * unit, attr.at, attr.property) : unknownAttr(attr.at, attr.property);
}

/** The first of several spellings that is written, else the first one absent. */
function firstWritten<T>(...attrs: Attr<T>[]): Attr<T> {
  return attrs.find((attr) => attr.state !== 'absent') ?? attrs[0]!;
}

/** `environment:` as a map or as a list of `KEY=value`; a key without a value is passed through from the host. */
function envOf(reader: Reader<Node>, service: Cursor<Node>): EnvVar[] {
  const environment = reader.field(service, 'environment');
  if (environment.value?.kind === 'map') return reader.entries(environment).flatMap(({ key, cursor }) => (cursor.value === undefined ? [] : [{ name: key, value: text(cursor) }]));
  return reader.items(environment).flatMap((item) => {
    const entry = text(item);
    if (entry.state !== 'known') return [];
    const equals = entry.value.indexOf('=');
    return equals <= 0 ? [] : [{ name: entry.value.slice(0, equals), value: known(entry.value.slice(equals + 1), entry.at, 'environment') }];
  });
}

/** Short syntax `[HOST_IP:][HOST:]CONTAINER[/PROTOCOL]`, with `[::1]` for IPv6 hosts; a bare container port publishes on a random host port. */
function shortPort(spec: string, at: PublishedPort['at']): PublishedPort | undefined {
  const withoutProtocol = spec.replace(/\/(tcp|udp|sctp)$/i, '');
  const ipv6 = /^\[([^\]]*)\]:(.*)$/.exec(withoutProtocol);
  const parts = ipv6 ? [ipv6[1]!, ...ipv6[2]!.split(':')] : withoutProtocol.split(':');
  const first = (range: string | undefined) => (range === undefined || range === '' ? undefined : Number(range.split('-')[0]));
  if (parts.length === 1) return { containerPort: first(parts[0]), hostPort: undefined, hostIp: undefined, at };
  if (parts.length === 2) return { containerPort: first(parts[1]), hostPort: first(parts[0]), hostIp: undefined, at };
  if (parts.length === 3) return { containerPort: first(parts[2]), hostPort: first(parts[1]), hostIp: parts[0] || undefined, at };
  return undefined;
}

function portsOf(reader: Reader<Node>, service: Cursor<Node>): PublishedPort[] {
  return reader.items(reader.field(service, 'ports')).flatMap((item) => {
    if (item.value?.kind === 'map') {
      const target = text(reader.field(item, 'target'));
      const published = text(reader.field(item, 'published'));
      const hostIp = text(reader.field(item, 'host_ip'));
      const port = (attr: Attr<string>) => (attr.state === 'known' ? Number(attr.value.split('-')[0]) : undefined);
      return [{ containerPort: port(target), hostPort: port(published), hostIp: hostIp.state === 'known' ? hostIp.value : undefined, at: item.at }];
    }
    const spec = text(item);
    const port = spec.state === 'known' ? shortPort(spec.value, spec.at) : undefined;
    return port ? [port] : [];
  });
}

const isHostPath = (source: string) => source.startsWith('/') || source.startsWith('~');

/** Bind mounts from absolute host paths (relative ones stay inside the project folder). */
function hostMountsOf(reader: Reader<Node>, service: Cursor<Node>): HostMount[] {
  return reader.items(reader.field(service, 'volumes')).flatMap((item) => {
    if (item.value?.kind === 'map') {
      const type = text(reader.field(item, 'type'));
      const source = text(reader.field(item, 'source'));
      return type.state === 'known' && type.value === 'bind' && source.state === 'known' && isHostPath(source.value) ? [{ path: source.value, at: source.at }] : [];
    }
    const spec = text(item);
    if (spec.state !== 'known') return [];
    const source = spec.value.split(':')[0]!;
    return spec.value.includes(':') && isHostPath(source) ? [{ path: source, at: spec.at }] : [];
  });
}

/** `security_opt: [no-new-privileges:true]` (or `=true`, or bare) turns privilege escalation off. */
function escalation(reader: Reader<Node>, service: Cursor<Node>): Attr<boolean> {
  const options = reader.field(service, 'security_opt');
  for (const item of reader.items(options)) {
    const option = text(item);
    if (option.state !== 'known') continue;
    const match = /^no-new-privileges(?:[:=](true|false))?$/.exec(option.value.trim());
    if (match) return known(match[1] === 'false', option.at, 'security_opt');
  }
  return absent(options.value === undefined ? service.at : options.at, 'security_opt');
}

/** `network_mode: host`, `pid: host`, `ipc: host`. */
function isHost(cursor: Cursor<Node>): Attr<boolean> {
  const attr = text(cursor);
  return attr.state === 'known' ? known(attr.value === 'host', attr.at, attr.property) : (attr as Attr<never>);
}

/** A `healthcheck` that is not disabled (`disable: true`, or `test: ["NONE"]`) counts. */
function healthCheckOf(reader: Reader<Node>, service: Cursor<Node>): Attr<boolean> {
  const check = reader.field(service, 'healthcheck');
  if (check.value === undefined) return absent(service.at, 'healthcheck');
  const disabled = bool(reader.field(check, 'disable'));
  if (disabled.state === 'known' && disabled.value) return known(false, disabled.at, 'healthcheck');
  const test = textList(reader.field(check, 'test'));
  if (test.state === 'known' && test.value[0] === 'NONE') return known(false, test.at, 'healthcheck');
  return known(true, check.at, 'healthcheck');
}

/** `restart`, else `deploy.restart_policy`, whose condition defaults to `any` (restart on every exit). */
function restartPolicyOf(reader: Reader<Node>, service: Cursor<Node>): Attr<string> {
  const restart = text(reader.field(service, 'restart'));
  const policy = reader.field(reader.field(service, 'deploy'), 'restart_policy');
  if (restart.state !== 'absent' || policy.value === undefined) return restart;
  const condition = text(reader.field(policy, 'condition'));
  return condition.state === 'absent' ? known('any', policy.at, 'restart_policy') : condition;
}

export function serviceWorkload(service: ComposeService, base: ResourceBase): Workload {
  const reader = nodeReader(service.at.file, service.node, service.pointer, service.at, composeTree);
  // Findings about a setting left out point at the service's name, where it would be added.
  const root: Cursor<Node> = { ...reader.properties, at: service.at };
  const field = (...path: string[]) => path.reduce((cursor, key) => reader.field(cursor, key), root);
  const image = reader.field(root, 'image');
  const hasBuild = reader.field(root, 'build').value !== undefined;
  return {
    ...base,
    kind: 'workload',
    platform: 'compose',
    controller: 'service',
    longRunning: true,
    ...outsideKubernetes,
    hostNetwork: isHost(field('network_mode')),
    hostPid: isHost(field('pid')),
    hostIpc: isHost(field('ipc')),
    hostMounts: hostMountsOf(reader, root),
    restartPolicy: restartPolicyOf(reader, root),
    podAt: service.at,
    containers: [
      {
        name: service.name,
        at: service.at,
        init: false,
        // A service built here has no registry tag to pin: nothing to judge.
        image: image.value === undefined && hasBuild ? unknownAttr(service.at, 'image') : text(image),
        privileged: bool(field('privileged')),
        allowPrivilegeEscalation: escalation(reader, root),
        runAsNonRoot: undefined,
        user: text(field('user')),
        readOnlyRootFilesystem: bool(field('read_only')),
        capabilitiesAdded: textList(field('cap_add')),
        capabilitiesDropped: textList(field('cap_drop')),
        seccompProfile: undefined,
        memoryLimit: firstWritten(bytes(field('deploy', 'resources', 'limits', 'memory')), bytes(field('mem_limit'))),
        cpuLimit: undefined,
        cpuRequest: undefined,
        memoryRequest: undefined,
        healthCheck: healthCheckOf(reader, root),
        readinessProbe: undefined,
        env: envOf(reader, root),
        publishedPorts: portsOf(reader, root),
      },
    ],
  };
}
