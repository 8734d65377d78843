import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

/** Tags cannot be overwritten (the exclusion variant exempts only the tags its filters name). */
const immutable = new Set(['IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION']);

export default defineRule({
  id: 'AWS-ECR-IMMUTABLE-TAGS',
  title: 'ECR repositories do not let image tags be overwritten',
  problem: 'ECR repository lets image tags be overwritten',
  pillar: 'security',
  severity: 'low',
  rationale:
    'With mutable tags, pushing a new image under an existing tag silently changes what every deployment of that tag runs, whether by mistake or by someone with push access. Immutable tags make a tag name one image for good, so deployments are reproducible and an image that was scanned and approved cannot be swapped. Tags are mutable unless ImageTagMutability says otherwise.',
  guide: 'container-image-security',
  reads: ['aws.ecr.repository'],
  messages: {
    notSet: 'repository {repository} does not set {property}, so tags are `MUTABLE`; a push can replace the image behind an existing tag',
    mutable: 'repository {repository} has {property} {mutability}; a push can replace the image behind an existing tag',
  },
  fix: {
    cloudformation: `Type: AWS::ECR::Repository
Properties:
  ImageTagMutability: IMMUTABLE   # or IMMUTABLE_WITH_EXCLUSION to exempt tags such as latest`,
    terraform: `resource "aws_ecr_repository" "app" {
  name                 = "app"
  image_tag_mutability = "IMMUTABLE"
}`,
  },
  equivalents: { checkov: ['CKV_AWS_51'], trivy: ['AVD-AWS-0031'], kics: ['33f41d31-86b1-46a4-81f7-9c9a671f59ac'] },

  check(model, report) {
    for (const repository of model.of('aws.ecr.repository')) {
      const mutability = effective(repository.tagMutability, 'MUTABLE');
      if (mutability === undefined || immutable.has(mutability)) continue;
      const property = propertyName(repository.tagMutability, 'ImageTagMutability');
      if (repository.tagMutability.state === 'absent') report(repository, repository.tagMutability.at, 'notSet', { repository: repository.name, property });
      else report(repository, repository.tagMutability.at, 'mutable', { repository: repository.name, property, mutability });
    }
  },
});
