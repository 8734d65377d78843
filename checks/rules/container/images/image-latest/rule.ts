import { defineRule } from '../../../rule.ts';
import { parseImage } from '../image-reference.ts';

export default defineRule({
  id: 'CONTAINER-IMAGE-LATEST',
  title: 'Container images name a version tag',
  problem: 'Container image uses the latest tag or no tag',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'An image without a tag means `latest`, which points at whatever was pushed last: two hosts started an hour apart can run different code, and a rollback redeploys the same moving tag instead of the previous release. Name an immutable version tag (or a digest) so every start runs the image that was tested.',
  guide: 'container-image-security',
  reads: ['workload'],
  messages: {
    untagged: 'container {container} runs image {image}, which names no tag and so pulls `latest`',
    latest: 'container {container} runs image {image} with the `latest` tag',
  },
  fix: {
    kubernetes: `containers:
  - name: web
    image: registry.example.com/web:1.4.2   # a release tag, never latest`,
    compose: `services:
  web:
    image: registry.example.com/web:1.4.2   # a release tag, never latest`,
    cloudformation: `Type: AWS::ECS::TaskDefinition
Properties:
  ContainerDefinitions:
    - Name: web
      Image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2   # a release tag, never latest`,
    terraform: `resource "aws_ecs_task_definition" "web" {
  # ...
  container_definitions = jsonencode([{
    name  = "web"
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2" # a release tag, never latest
  }])
}`,
  },
  equivalents: {
    checkov: ['CKV_K8S_14'],
    trivy: ['AVD-KSV-0013'],
    kics: ['583053b7-e632-46f0-b989-f81ff8045385'],
    kube_linter: ['latest-tag'],
    kube_score: ['container-image-tag'],
    polaris: ['tagNotSpecified'],
  },

  check(model, report) {
    for (const workload of model.of('workload'))
      for (const container of workload.containers) {
        if (container.image.state !== 'known') continue;
        const reference = parseImage(container.image.value);
        // A digest pins the image whatever the tag says.
        if (reference === undefined || reference.digest !== undefined) continue;
        if (reference.tag === undefined) report(workload, container.image.at, 'untagged', { container: container.name, image: container.image.value });
        else if (reference.tag === 'latest') report(workload, container.image.at, 'latest', { container: container.name, image: container.image.value });
      }
  },
});
