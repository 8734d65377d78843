import { defineRule } from '../../../rule.ts';
import { parseImage } from '../image-reference.ts';

export default defineRule({
  id: 'CONTAINER-IMAGE-NOT-PINNED',
  title: 'Container images are pinned by digest',
  problem: 'Container image is not pinned by digest',
  pillar: 'security',
  severity: 'low',
  rationale:
    'A tag is a name that anyone with push access to the repository can move, so the image behind `web:1.4.2` can change without the configuration changing, whether by a mistaken re-push or a compromised registry. A digest (`@sha256:…`) names the exact content: the runtime refuses anything else, and the configuration records what was reviewed.',
  guide: 'container-image-security',
  reads: ['workload'],
  messages: {
    tagOnly: 'container {container} runs image {image}, which is not pinned by a digest (`@sha256:`)',
  },
  fix: {
    kubernetes: `containers:
  - name: web
    # the tag stays for readers; the digest decides what runs
    image: registry.example.com/web:1.4.2@sha256:4f6b2c0a9d1e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a`,
    compose: `services:
  web:
    # the tag stays for readers; the digest decides what runs
    image: registry.example.com/web:1.4.2@sha256:4f6b2c0a9d1e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a`,
    cloudformation: `Type: AWS::ECS::TaskDefinition
Properties:
  ContainerDefinitions:
    - Name: web
      # the tag stays for readers; the digest decides what runs
      Image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2@sha256:4f6b2c0a9d1e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a`,
    terraform: `resource "aws_ecs_task_definition" "web" {
  # ...
  container_definitions = jsonencode([{
    name = "web"
    # the tag stays for readers; the digest decides what runs
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2@sha256:4f6b2c0a9d1e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a"
  }])
}`,
  },
  equivalents: { checkov: ['CKV_K8S_43'], kics: ['7c81d34c-8e5a-402b-9798-9f442630e678'], kube_linter: ['image-not-pinned-by-digest'] },

  check(model, report) {
    for (const workload of model.of('workload'))
      for (const container of workload.containers) {
        if (container.image.state !== 'known') continue;
        const reference = parseImage(container.image.value);
        if (reference !== undefined && reference.digest === undefined) report(workload, container.image.at, 'tagOnly', { container: container.name, image: container.image.value });
      }
  },
});
