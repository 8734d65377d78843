import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { containerName } from '../../phrases.ts';

export default defineRule({
  id: 'CONTAINER-WRITABLE-ROOT-FS',
  title: 'Containers run with a read-only root filesystem',
  problem: 'Container can write to its root filesystem',
  pillar: 'security',
  severity: 'medium',
  rationale:
    "A writable root filesystem lets anyone who gets code running in the container download tools, change the application's own files or leave a backdoor that lasts until the container is replaced. With the root filesystem read-only the application writes only where a volume or tmpfs is mounted for it, which also puts every place it writes into the configuration.",
  guide: 'kubernetes-pod-security',
  reads: ['workload'],
  messages: {
    notSet: '{container} does not make its root filesystem read-only ({property})',
    off: '{property} is `false` on {container}',
  },
  fix: {
    kubernetes: `spec:
  containers:
    - name: app
      securityContext:
        readOnlyRootFilesystem: true
      volumeMounts:
        - name: tmp
          mountPath: /tmp   # where the application has to write
  volumes:
    - name: tmp
      emptyDir: {}`,
    compose: `services:
  app:
    read_only: true
    tmpfs:
      - /tmp   # where the application has to write`,
    cloudformation: `Type: AWS::ECS::TaskDefinition
Properties:
  ContainerDefinitions:
    - Name: app
      ReadonlyRootFilesystem: true
      MountPoints:   # where the application has to write
        - SourceVolume: tmp
          ContainerPath: /tmp
  Volumes:
    - Name: tmp`,
    terraform: `resource "aws_ecs_task_definition" "app" {
  container_definitions = jsonencode([{
    name                   = "app"
    readonlyRootFilesystem = true
    # where the application has to write
    mountPoints = [{ sourceVolume = "tmp", containerPath = "/tmp" }]
  }])
  volume {
    name = "tmp"
  }
}`,
  },
  equivalents: {
    checkov: ['CKV_K8S_22', 'CKV_AWS_336'],
    trivy: ['AVD-KSV-0014'],
    kics: ['a9c2f49d-0671-4fc9-9ece-f4e261e128d0'],
    kube_linter: ['no-read-only-root-fs'],
    kube_score: ['container-security-context-readonlyrootfilesystem'],
    polaris: ['notReadOnlyRootFilesystem'],
  },

  check(model, report) {
    for (const workload of model.of('workload'))
      for (const container of workload.containers) {
        // Init containers run to completion before the application starts and serve nothing; writing files into
        // their own filesystem (unpacking, templating) is often their job, and what they leave the app goes
        // through a volume.
        if (container.init) continue;
        const readOnly = container.readOnlyRootFilesystem;
        if (effective(readOnly, false) !== false) continue;
        const params = { container: containerName(workload, container), property: propertyName(readOnly, 'readOnlyRootFilesystem') };
        report(workload, readOnly.at, readOnly.state === 'absent' ? 'notSet' : 'off', params);
      }
  },
});
