/** ECS task definitions as workloads, so the container rules written for Kubernetes and Compose judge them too. */
import type { Attr } from '../../model/types.ts';
import { taskDefinitionWorkload } from '../../read/aws/ecs-task-definitions.ts';
import type { CfnMapper } from '../mapper.ts';
import { text, type ResourceReader } from '../read.ts';

const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);

function hostVolumes(reader: ResourceReader): Map<string, Attr<string>> {
  const volumes = new Map<string, Attr<string>>();
  for (const volume of reader.items(reader.get('Volumes'))) {
    const name = text(reader.field(volume, 'Name'));
    const path = text(reader.field(reader.field(volume, 'Host'), 'SourcePath'));
    if (name.state === 'known' && path.state !== 'absent') volumes.set(name.value, path);
  }
  return volumes;
}

const ecsTaskDefinitions: CfnMapper = {
  types: ['AWS::ECS::TaskDefinition'],
  kinds: ['workload'],

  build(reader, base) {
    return taskDefinitionWorkload(
      {
        reader,
        containers: reader.get('ContainerDefinitions'),
        key: pascal,
        networkMode: reader.get('NetworkMode'),
        pidMode: reader.get('PidMode'),
        ipcMode: reader.get('IpcMode'),
        memory: reader.get('Memory'),
        hostVolumes: hostVolumes(reader),
        requiresCompatibilities: reader.get('RequiresCompatibilities'),
        cpuArchitecture: reader.get('RuntimePlatform', 'CpuArchitecture'),
        operatingSystemFamily: reader.get('RuntimePlatform', 'OperatingSystemFamily'),
      },
      base,
    );
  },
};
export default ecsTaskDefinitions;
