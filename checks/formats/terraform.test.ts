import { describe, expect, it } from 'vitest';
import { checkSources } from '../engine/check.ts';
import { loadParser } from '../terraform/testing.ts';
import { candidateAdapters } from './index.ts';
import { terraform } from './terraform.ts';

await loadParser();

const openSsh = (comment: string) => `${comment}
resource "aws_security_group" "bastion" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;
const check = (text: string, options: Parameters<typeof checkSources>[1] = {}) =>
  checkSources([{ path: 'main.tf', content: text }], { today: '2026-12-05', ...options }).findings.filter((finding) => finding.ruleId === 'AWS-EC2-SG-OPEN-ADMIN-PORTS');

describe('the Terraform adapter', () => {
  it('recognises Terraform from its content, whatever the file is called', () => {
    expect(terraform.detect('network', openSsh(''))).not.toBe('no');
    expect(candidateAdapters('main.tf', openSsh(''))).toContain(terraform);
    expect(checkSources([{ path: 'main.tf', content: openSsh('') }]).files[0]).toMatchObject({ status: 'checked', format: 'terraform', resources: 1 });
  });

  it('honours an ignore comment above the resource, with its reason, until it expires', () => {
    const [suppressed] = check(openSsh('# plumbline:ignore AWS-EC2-SG-OPEN-ADMIN-PORTS reason="bastion behind a VPN" expires=2027-01-31'));
    expect(suppressed).toMatchObject({ suppressed: { reason: 'bastion behind a VPN' } });
    const [expired] = check(openSsh('# plumbline:ignore AWS-EC2-SG-OPEN-ADMIN-PORTS reason="bastion" expires=2026-01-31'));
    expect(expired?.suppressed).toBeUndefined();
  });

  it('honours .plumbline.yml entries by Terraform address', () => {
    const [found] = check(openSsh(''), { config: { ignore: [{ rule: 'AWS-EC2-SG-OPEN-ADMIN-PORTS', resource: 'aws_security_group.bastion', reason: 'known bastion' }] } });
    expect(found).toMatchObject({ suppressed: { reason: 'known bastion' } });
  });
});
