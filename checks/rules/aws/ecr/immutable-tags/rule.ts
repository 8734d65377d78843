import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';

/** Tags cannot be overwritten (the exclusion variant exempts only the tags its filters name). */
const immutable = new Set(['IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION']);

export default defineRule({
  id: 'AWS-ECR-IMMUTABLE-TAGS',
  title: 'ECR repositories do not let image tags be overwritten',
  pillar: 'security',
  severity: 'low',
  rationale:
    'With mutable tags, pushing a new image under an existing tag silently changes what every deployment of that tag runs, whether by mistake or by someone with push access. Immutable tags make a tag name one image for good, so deployments are reproducible and an image that was scanned and approved cannot be swapped. Tags are mutable unless ImageTagMutability says otherwise.',
  guide: 'container-image-security',
  reads: ['aws.ecr.repository'],
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
      const why = repository.tagMutability.state === 'absent' ? 'does not set ImageTagMutability, so tags are MUTABLE' : `has ImageTagMutability ${mutability}`;
      report(repository, repository.tagMutability.at, `repository ${repository.name} ${why}; a push can replace the image behind an existing tag`);
    }
  },
});
