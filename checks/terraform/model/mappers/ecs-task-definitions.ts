/**
 * `aws_ecs_task_definition` as a workload. Its containers are JSON text in `container_definitions` (usually
 * `jsonencode([…])` or `file(…)`) in the ECS API's own spelling; findings inside it point at that argument.
 */
import type { Attr } from '../../../model/types.ts';
import type { Mapper } from '../../../read/build.ts';
import { text } from '../../../read/convert.ts';
import { taskDefinitionWorkload } from '../../../read/aws/ecs-task-definitions.ts';
import { decodedJson } from '../common.ts';
import type { TfReader } from '../reader.ts';

function hostVolumes(reader: TfReader): Map<string, Attr<string>> {
  const volumes = new Map<string, Attr<string>>();
  for (const volume of reader.blocks(reader.get('volume'))) {
    const name = text(reader.field(volume, 'name'));
    const path = text(reader.field(volume, 'host_path'));
    if (name.state === 'known' && path.state !== 'absent') volumes.set(name.value, path);
  }
  return volumes;
}

const ecsTaskDefinitions: Mapper<TfReader> = {
  types: ['aws_ecs_task_definition'],
  kinds: ['workload'],

  build(reader, base) {
    return taskDefinitionWorkload(
      {
        reader,
        containers: decodedJson(reader.get('container_definitions')),
        key: (name) => name,
        networkMode: reader.get('network_mode'),
        pidMode: reader.get('pid_mode'),
        ipcMode: reader.get('ipc_mode'),
        memory: reader.get('memory'),
        hostVolumes: hostVolumes(reader),
        requiresCompatibilities: reader.get('requires_compatibilities'),
        cpuArchitecture: reader.get('runtime_platform', 'cpu_architecture'),
        operatingSystemFamily: reader.get('runtime_platform', 'operating_system_family'),
      },
      base,
    );
  },
};
export default ecsTaskDefinitions;
