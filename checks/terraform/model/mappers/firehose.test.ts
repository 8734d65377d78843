import { describe, expect, it } from 'vitest';
import { resourcesOf, value } from './support/snippets.ts';

describe('aws_kinesis_firehose_delivery_stream', () => {
  it('reads server-side encryption, and whether a Kinesis data stream feeds it', () => {
    const streams = resourcesOf(
      `resource "aws_kinesis_firehose_delivery_stream" "encrypted" {
  name        = "events"
  destination = "extended_s3"
  server_side_encryption {
    enabled = true
  }
}

resource "aws_kinesis_firehose_delivery_stream" "from_stream" {
  name        = "from-stream"
  destination = "extended_s3"
  kinesis_source_configuration {
    kinesis_stream_arn = "arn:aws:kinesis:eu-west-1:123456789012:stream/events"
    role_arn           = "arn:aws:iam::123456789012:role/firehose"
  }
}
`,
      'aws.firehose.delivery-stream',
    );
    expect(value(streams.get('aws_kinesis_firehose_delivery_stream.encrypted')!.encryption)).toBe(true);
    expect(streams.get('aws_kinesis_firehose_delivery_stream.encrypted')!.kinesisSource).toBe(false);
    expect(streams.get('aws_kinesis_firehose_delivery_stream.from_stream')!.encryption.state).toBe('absent');
    expect(streams.get('aws_kinesis_firehose_delivery_stream.from_stream')!.kinesisSource).toBe(true);
  });
});

describe('aws_eks_node_group', () => {
  it('reads instance types, AMI type and whether a launch template is used', () => {
    const groups = resourcesOf(
      `resource "aws_eks_node_group" "apps" {
  cluster_name   = "main"
  node_role_arn  = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids     = ["subnet-1"]
  instance_types = ["m7g.large"]
  ami_type       = "AL2023_ARM_64_STANDARD"
}

resource "aws_eks_node_group" "templated" {
  cluster_name  = "main"
  node_role_arn = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids    = ["subnet-1"]
  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "1"
  }
}
`,
      'aws.eks.node-group',
    );
    expect(value(groups.get('aws_eks_node_group.apps')!.instanceTypes)).toEqual(['m7g.large']);
    expect(value(groups.get('aws_eks_node_group.apps')!.amiType)).toBe('AL2023_ARM_64_STANDARD');
    expect(groups.get('aws_eks_node_group.templated')!.instanceTypes.state).toBe('absent');
    expect(groups.get('aws_eks_node_group.templated')!.launchTemplate).toBe(true);
  });
});
