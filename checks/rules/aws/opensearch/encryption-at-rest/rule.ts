import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';
import { describeDomain, settingName } from '../domains.ts';

export default defineRule({
  id: 'AWS-OPENSEARCH-ENCRYPTION-AT-REST',
  title: 'OpenSearch domains encrypt data at rest',
  problem: 'OpenSearch domain does not encrypt data at rest',
  pillar: 'security',
  severity: 'high',
  rationale:
    'Encryption at rest covers the indices, automated snapshots, logs and swap files on the data nodes with a KMS key, with no change for clients. The API and CloudFormation leave it off unless asked, and a domain holds copies of whatever was indexed into it, often personal or business data taken from the primary store.',
  guide: 'encrypt-data-at-rest',
  reads: ['aws.opensearch.domain'],
  messages: {
    notSet: '{domain} does not set {property}, so its data is stored unencrypted (the default is `false`)',
    off: '{property} is `false` on {domain}',
  },
  fix: {
    cloudformation: `Type: AWS::OpenSearchService::Domain
Properties:
  EncryptionAtRestOptions:
    Enabled: true
    KmsKeyId: !Ref SearchKey        # optional: a customer managed key instead of aws/es`,
    terraform: `resource "aws_opensearch_domain" "this" {
  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.arn # optional
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_5'], trivy: ['AVD-AWS-0048'] },

  check(model, report) {
    for (const domain of model.of('aws.opensearch.domain')) {
      const encrypted = domain.encryptionAtRest;
      if (effective(encrypted, false) !== false) continue;
      report(domain, encrypted.at, encrypted.state === 'absent' ? 'notSet' : 'off', { domain: describeDomain(domain), property: settingName(encrypted, 'EncryptionAtRestOptions', 'Enabled') });
    }
  },
});
