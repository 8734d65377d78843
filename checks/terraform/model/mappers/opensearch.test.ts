import { describe, expect, it } from 'vitest';
import { resourcesOf, value, where } from './support/snippets.ts';

describe('aws_opensearch_domain and aws_elasticsearch_domain', () => {
  it('reads encryption, endpoint, logging and cluster settings', () => {
    const domains = resourcesOf(
      `variable "log_type" {
  type = string
}

resource "aws_opensearch_domain" "search" {
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type          = "r6g.large.search"
    instance_count         = 3
    zone_awareness_enabled = true
  }

  encrypt_at_rest {
    enabled = true
  }

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:search"
  }

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:search"
    enabled                  = false
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  elasticsearch_version = "7.10"

  log_publishing_options {
    log_type                 = var.log_type
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:legacy"
  }
}
`,
      'aws.opensearch.domain',
    );
    const search = domains.get('aws_opensearch_domain.search')!;
    expect(search.legacyType).toBe(false);
    expect(value(search.engineVersion)).toBe('OpenSearch_2.13');
    expect(where(search.encryptionAtRest)).toEqual({ value: true, line: 15, property: 'enabled' });
    expect(value(search.enforceHttps)).toBe(true);
    expect(value(search.tlsSecurityPolicy)).toBe('Policy-Min-TLS-1-2-2019-07');
    expect(value(search.nodeToNodeEncryption)).toBe('absent');
    expect(value(search.applicationLogs)).toBe(true);
    expect(where(search.auditLogs)).toEqual({ value: false, line: 31, property: 'enabled' });
    expect(value(search.instanceType)).toBe('r6g.large.search');
    expect(value(search.instanceCount)).toBe(3);
    expect(value(search.zoneAwareness)).toBe(true);
    expect(value(search.retainOnDelete)).toBe(false);
    const legacy = domains.get('aws_elasticsearch_domain.legacy')!;
    expect(legacy.legacyType).toBe(true);
    expect(value(legacy.engineVersion)).toBe('Elasticsearch_7.10');
    expect(value(legacy.applicationLogs)).toBe('unknown');
    expect(where(legacy.zoneAwareness)).toEqual({ value: 'absent', line: 35, property: 'zone_awareness_enabled' });
  });
});
