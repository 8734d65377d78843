import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { describeDomain, elasticsearchBefore } from '../domains.ts';

/**
 * Error logs are the one log type every domain should publish: slow logs stay empty until thresholds are set on
 * each index, and audit logs need fine-grained access control, so neither is required here.
 */
const logType = 'ES_APPLICATION_LOGS';

export default defineRule({
  id: 'AWS-OPENSEARCH-LOGGING',
  title: 'OpenSearch domains publish error logs to CloudWatch Logs',
  problem: 'OpenSearch domain does not publish its error logs',
  pillar: 'operations',
  severity: 'medium',
  rationale:
    'A domain publishes no logs unless LogPublishingOptions names a log group for each log type, and without error logs the causes of failed shard allocations, rejected writes, snapshot failures and script errors stay on nodes you cannot reach. Slow logs only fill once thresholds are set on an index, and audit logs need fine-grained access control, so the error logs are the minimum every domain should publish.',
  guide: 'opensearch-domains',
  reads: ['aws.opensearch.domain'],
  messages: {
    notSet: '{domain} does not publish {logType} to CloudWatch Logs, so its error logs are not kept anywhere you can read them',
    off: '{property} is `false` for {logType} on {domain}, so its error logs are not published',
  },
  fix: {
    cloudformation: `Type: AWS::OpenSearchService::Domain
Properties:
  LogPublishingOptions:
    ES_APPLICATION_LOGS:
      CloudWatchLogsLogGroupArn: !GetAtt SearchErrorLogs.Arn   # the log group's resource policy must allow es.amazonaws.com
      Enabled: true`,
    terraform: `resource "aws_opensearch_domain" "this" {
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_errors.arn # needs an aws_cloudwatch_log_resource_policy for es.amazonaws.com
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_84'] },

  check(model, report) {
    for (const domain of model.of('aws.opensearch.domain')) {
      // Error logs can be published from Elasticsearch 5.1 on; an older engine needs an upgrade first.
      if (elasticsearchBefore(domain, 5, 1) !== false) continue;
      const published = domain.applicationLogs;
      if (effective(published, false) !== false) continue;
      if (published.state === 'absent') report(domain, published.at, 'notSet', { domain: describeDomain(domain), logType });
      else report(domain, published.at, 'off', { domain: describeDomain(domain), logType, property: propertyName(published, 'Enabled') });
    }
  },
});
