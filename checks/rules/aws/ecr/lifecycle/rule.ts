import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-ECR-LIFECYCLE',
  title: 'ECR repositories expire old images with a lifecycle policy',
  problem: 'ECR repository keeps every image, with no lifecycle policy',
  pillar: 'cost',
  severity: 'low',
  rationale:
    'Every build pushes a new image and ECR keeps all of them until they are deleted, so storage is billed for years of images nobody will run again. A lifecycle policy removes untagged images and all but the most recent releases automatically.',
  guide: 'container-image-lifecycle',
  reads: ['aws.ecr.repository'],
  messages: {
    noPolicy: 'repository {repository} has no lifecycle policy, so every image pushed is stored (and billed) until deleted by hand',
  },
  fix: {
    cloudformation: `Type: AWS::ECR::Repository
Properties:
  LifecyclePolicy:
    LifecyclePolicyText: |
      {"rules": [
        {"rulePriority": 1, "description": "Drop untagged images after 7 days",
         "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 7},
         "action": {"type": "expire"}},
        {"rulePriority": 2, "description": "Keep the last 30 images",
         "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 30},
         "action": {"type": "expire"}}
      ]}`,
    terraform: `resource "aws_ecr_lifecycle_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Keep the last 30 images"
      selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 30 }
      action       = { type = "expire" }
    }]
  })
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const repository of model.of('aws.ecr.repository'))
      if (repository.lifecyclePolicy.state === 'absent') report(repository, repository.lifecyclePolicy.at, 'noPolicy', { repository: repository.name });
  },
});
