/**
 * ECS task definitions as `workload`s, for both formats: CloudFormation spells container settings in PascalCase
 * (`ReadonlyRootFilesystem`) and Terraform's `container_definitions` JSON in the ECS API's camelCase
 * (`readonlyRootFilesystem`), the same names otherwise, so one reader serves both through `key`.
 */
import { absent, known, type Attr, type ResourceBase } from '../../model/types.ts';
import { outsideKubernetes, type Container, type HostMount, type PublishedPort, type Workload } from '../../model/workload.ts';
import { bool, number, text, textList } from '../convert.ts';
import type { Cursor, Reader } from '../cursor.ts';

export interface TaskDefinitionSource<V> {
  reader: Reader<V>;
  /** The list of container definitions. */
  containers: Cursor<V>;
  /** A container setting's name as the format spells it, from the ECS API's camelCase name. */
  key: (name: string) => string;
  networkMode: Cursor<V>;
  pidMode: Cursor<V>;
  ipcMode: Cursor<V>;
  /** The task's memory (MiB): every container's hard limit when it sets none of its own. */
  memory: Cursor<V>;
  /** Task volumes backed by a host path, by volume name. */
  hostVolumes: ReadonlyMap<string, Attr<string>>;
  requiresCompatibilities: Cursor<V>;
  cpuArchitecture: Cursor<V>;
  operatingSystemFamily: Cursor<V>;
}

const mebibytes = (attr: Attr<number>): Attr<number> => (attr.state === 'known' ? known(attr.value * 1024 * 1024, attr.at, attr.property) : attr);

/** `networkMode`, `pidMode` or `ipcMode` is `host`. */
function isHost<V>(cursor: Cursor<V>): Attr<boolean> {
  const attr = text(cursor);
  return attr.state === 'known' ? known(attr.value === 'host', attr.at, attr.property) : (attr as Attr<never>);
}

/**
 * Ports on the host's interfaces: in `bridge` mode (the EC2 default) a host port, fixed or dynamic; in `host`
 * mode the container port itself. `awsvpc` tasks have their own network interface, so nothing is on the host.
 */
function publishedPorts<V>(source: TaskDefinitionSource<V>, container: Cursor<V>, mode: string | undefined): PublishedPort[] {
  if (mode !== 'bridge' && mode !== 'host') return [];
  const { reader, key } = source;
  return reader.items(reader.field(container, key('portMappings'))).map((mapping) => {
    const containerPort = number(reader.field(mapping, key('containerPort')));
    const hostPort = number(reader.field(mapping, key('hostPort')));
    const port = containerPort.state === 'known' ? containerPort.value : undefined;
    return { containerPort: port, hostPort: mode === 'host' ? port : hostPort.state === 'known' ? hostPort.value : undefined, hostIp: undefined, at: mapping.at };
  });
}

function hostMounts<V>(source: TaskDefinitionSource<V>, container: Cursor<V>): HostMount[] {
  const { reader, key } = source;
  return reader.items(reader.field(container, key('mountPoints'))).flatMap((mount) => {
    const volume = text(reader.field(mount, key('sourceVolume')));
    const path = volume.state === 'known' ? source.hostVolumes.get(volume.value) : undefined;
    return path?.state === 'known' ? [{ path: path.value, at: volume.at }] : [];
  });
}

/** A setting written at all (known `true`), or absent at `at`. */
function presence<V>(setting: Cursor<V>, at: Attr<boolean>['at'], property: string): Attr<boolean> {
  if (setting.value === undefined) return absent(at, property);
  return known(true, setting.at, property);
}

function containerOf<V>(source: TaskDefinitionSource<V>, item: Cursor<V>, taskMemory: Attr<number>, mode: string | undefined): Container {
  const { reader, key } = source;
  const field = (name: string) => reader.field(item, key(name));
  const capabilities = reader.field(field('linuxParameters'), key('capabilities'));
  const name = text(field('name'));
  const memory = mebibytes(number(field('memory')));
  const healthCheck = field('healthCheck');
  const env = reader.items(field('environment')).flatMap((entry) => {
    const envName = text(reader.field(entry, key('name')));
    return envName.state === 'known' ? [{ name: envName.value, value: text(reader.field(entry, key('value'))) }] : [];
  });
  return {
    name: name.state === 'known' ? name.value : '(unnamed)',
    at: item.at,
    init: false,
    image: text(field('image')),
    privileged: bool(field('privileged')),
    allowPrivilegeEscalation: undefined,
    runAsNonRoot: undefined,
    user: text(field('user')),
    readOnlyRootFilesystem: bool(field('readonlyRootFilesystem')),
    // `Capabilities.Add` rather than `Add`: the list's own key says nothing on its own.
    capabilitiesAdded: { ...textList(reader.field(capabilities, key('add'))), property: `${key('capabilities')}.${key('add')}` },
    capabilitiesDropped: { ...textList(reader.field(capabilities, key('drop'))), property: `${key('capabilities')}.${key('drop')}` },
    seccompProfile: undefined,
    memoryLimit: memory.state === 'absent' && taskMemory.state !== 'absent' ? taskMemory : memory,
    cpuLimit: undefined,
    cpuRequest: undefined,
    memoryRequest: undefined,
    healthCheck: healthCheck.value === undefined ? absent(item.at, key('healthCheck')) : known(true, healthCheck.at, key('healthCheck')),
    readinessProbe: undefined,
    env,
    publishedPorts: publishedPorts(source, item, mode),
    logConfiguration: presence(field('logConfiguration'), item.at, key('logConfiguration')),
  };
}

export function taskDefinitionWorkload<V>(source: TaskDefinitionSource<V>, base: ResourceBase): Workload {
  const { reader } = source;
  const taskMemory = mebibytes(number(source.memory));
  const networkMode = text(source.networkMode);
  // Without NetworkMode, tasks on EC2 use bridge; Fargate requires awsvpc, which is then written.
  const mode = networkMode.state === 'known' ? networkMode.value : networkMode.state === 'absent' ? 'bridge' : undefined;
  const items = reader.items(source.containers);
  const containersUnknown = source.containers.value !== undefined && source.containers.tree.shape(source.containers.value) === 'unknown';
  return {
    ...base,
    kind: 'workload',
    platform: 'ecs',
    controller: 'task definition',
    longRunning: true,
    ...outsideKubernetes,
    hostNetwork: isHost(source.networkMode),
    hostPid: isHost(source.pidMode),
    hostIpc: isHost(source.ipcMode),
    hostMounts: items.flatMap((item) => hostMounts(source, item)),
    restartPolicy: undefined,
    podAt: reader.place,
    containers: containersUnknown ? [] : items.map((item) => containerOf(source, item, taskMemory, mode)),
    ecsTask: {
      requiresCompatibilities: textList(source.requiresCompatibilities),
      cpuArchitecture: text(source.cpuArchitecture),
      operatingSystemFamily: text(source.operatingSystemFamily),
    },
  };
}
