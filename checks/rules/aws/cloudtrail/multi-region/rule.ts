import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-CLOUDTRAIL-MULTI-REGION',
  title: 'CloudTrail trails record activity in every region',
  problem: 'CloudTrail trail records one region only',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'A single-region trail records nothing that happens in the other regions, which is where an attacker with stolen credentials often starts resources unnoticed. A multi-region trail also records global service events and picks up regions that are enabled later. Trails are single-region unless IsMultiRegionTrail is true.',
  guide: 'audit-trail',
  reads: ['aws.cloudtrail.trail'],
  messages: {
    notSet: 'trail {trail} does not set {property} (single-region by default), so activity in other regions is not recorded',
    off: 'trail {trail} has {property} `false`, so activity in other regions is not recorded',
  },
  fix: {
    cloudformation: `Type: AWS::CloudTrail::Trail
Properties:
  IsLogging: true
  S3BucketName: !Ref TrailBucket
  IsMultiRegionTrail: true
  IncludeGlobalServiceEvents: true`,
    terraform: `resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail.id
  is_multi_region_trail         = true
  include_global_service_events = true
}`,
  },
  equivalents: { checkov: ['CKV_AWS_67'], trivy: ['AVD-AWS-0014'], kics: ['058ac855-989f-4378-ba4d-52d004020da7'] },

  check(model, report) {
    for (const trail of model.of('aws.cloudtrail.trail')) {
      if (effective(trail.multiRegion, false) !== false) continue;
      const property = propertyName(trail.multiRegion, 'IsMultiRegionTrail');
      report(trail, trail.multiRegion.at, trail.multiRegion.state === 'absent' ? 'notSet' : 'off', { trail: trail.name, property });
    }
  },
});
