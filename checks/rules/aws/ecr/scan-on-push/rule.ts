import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-ECR-SCAN-ON-PUSH',
  title: 'ECR repositories scan images for vulnerabilities when they are pushed',
  problem: 'ECR repository does not scan images when they are pushed',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'Scanning on push checks every new image against known CVEs before it is deployed, so a vulnerable base image or library is caught at build time rather than in production. Repositories do not scan unless ScanOnPush is true or a registry scanning rule covers them.',
  guide: 'container-image-security',
  reads: ['aws.ecr.repository'],
  messages: {
    notSet: 'repository {repository} does not turn on {property}, so pushed images are not checked for known vulnerabilities',
    off: 'repository {repository} has {property} `false`, so pushed images are not checked for known vulnerabilities',
  },
  fix: {
    cloudformation: `Type: AWS::ECR::Repository
Properties:
  ImageScanningConfiguration:
    ScanOnPush: true
# Or, for every repository: AWS::ECR::RegistryScanningConfiguration with
# ScanType: ENHANCED and a rule with ScanFrequency: CONTINUOUS_SCAN`,
    terraform: `resource "aws_ecr_repository" "app" {
  name = "app"
  image_scanning_configuration {
    scan_on_push = true
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_163'], trivy: ['AVD-AWS-0030'], cfn_nag: ['W79'] },

  check(model, report) {
    for (const repository of model.of('aws.ecr.repository')) {
      if (repository.scannedByRegistryRule || effective(repository.scanOnPush, false) !== false) continue;
      const property = propertyName(repository.scanOnPush, 'ScanOnPush');
      report(repository, repository.scanOnPush.at, repository.scanOnPush.state === 'absent' ? 'notSet' : 'off', { repository: repository.name, property });
    }
  },
});
