import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../testing.ts';
import { resourcesOf, value, where } from './support/snippets.ts';

beforeAll(loadParser);

describe('aws_eks_cluster', () => {
  it('reads how far the API endpoint is exposed', () => {
    const clusters = resourcesOf(
      `resource "aws_eks_cluster" "narrow" {
  name     = "narrow"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d"]
    endpoint_public_access = true
    public_access_cidrs    = ["203.0.113.0/24"]
  }
}

resource "aws_eks_cluster" "default" {
  name     = "default"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}
`,
      'aws.eks.cluster',
    );
    const narrow = clusters.get('aws_eks_cluster.narrow')!;
    expect([value(narrow.endpointPublicAccess), value(narrow.publicAccessCidrs)]).toEqual([true, ['203.0.113.0/24']]);
    expect(where(narrow.publicAccessCidrs).line).toBe(7);
    const byDefault = clusters.get('aws_eks_cluster.default')!;
    expect([value(byDefault.endpointPublicAccess), value(byDefault.publicAccessCidrs)]).toEqual(['absent', 'absent']);
    expect(where(byDefault.endpointPublicAccess).line).toBe(14);
  });
});
