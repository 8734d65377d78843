import { describe, expect, it } from 'vitest';
import { positionAt } from '../../../source/file.ts';
import { resourcesOf } from './support/snippets.ts';

describe('secret arguments fed by a variable default', () => {
  it('records the variable and the line of its default, never the value', () => {
    const holders = resourcesOf(
      `variable "db_password" {
  sensitive = true
  default   = "hunter2-hunter2"
}

variable "opensearch_password" {
  default = "Search-Admin-1"
}

variable "token" {
  sensitive = true
  default   = "{{resolve:secretsmanager:prod/token}}"
}

resource "aws_db_instance" "db" {
  password = var.db_password
}

resource "aws_opensearch_domain" "search" {
  advanced_security_options {
    master_user_options {
      master_user_password = var.opensearch_password
    }
  }
}

resource "aws_elasticache_replication_group" "cache" {
  auth_token = var.token
}
`,
      'aws.secret.input-defaults',
    );
    const summary = [...holders.values()].map((holder) =>
      holder.defaults.map((entry) => ({ resource: holder.address, property: entry.property, input: entry.input, line: positionAt(entry.at.file, entry.at.start).line })),
    );
    expect(summary).toEqual([
      [{ resource: 'aws_db_instance.db', property: 'password', input: { kind: 'variable', name: 'db_password' }, line: 3 }],
      [{ resource: 'aws_opensearch_domain.search', property: 'master_user_password', input: { kind: 'variable', name: 'opensearch_password' }, line: 7 }],
    ]);
    expect(JSON.stringify([...holders.values()].map((holder) => holder.defaults.map(({ property, input }) => ({ property, input }))))).not.toContain('hunter2');
  });
});
