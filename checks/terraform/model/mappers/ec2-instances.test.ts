import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../testing.ts';
import { positionAt } from '../../../source/file.ts';
import { resourcesOf, value, where } from './support/snippets.ts';

beforeAll(loadParser);

describe('aws_instance', () => {
  it('reads the type, metadata options and every EBS block device, pointing at each setting', () => {
    const instance = resourcesOf(
      `resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "m5.large"

  metadata_options {
    http_tokens   = "required"
    http_endpoint = "enabled"
  }

  root_block_device {
    encrypted = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_type = "gp2"
  }
}
`,
      'aws.ec2.instance',
    ).get('aws_instance.web')!;
    expect(where(instance.instanceType)).toEqual({ value: 'm5.large', line: 3, property: 'instance_type' });
    expect(where(instance.metadataHttpTokens)).toEqual({ value: 'required', line: 6, property: 'http_tokens' });
    expect(instance.metadataHttpTokens.block).toBe('metadata_options');
    expect(value(instance.metadataEndpoint)).toBe('enabled');
    expect(instance.blockDevices.map((device) => [device.deviceName, value(device.encrypted), value(device.volumeType)])).toEqual([
      // The root device takes the AMI's volume type unless it says otherwise.
      [undefined, true, 'unknown'],
      ['/dev/sdf', 'absent', 'gp2'],
    ]);
    expect(where(instance.blockDevices[1]!.encrypted).line).toBe(14);
  });

  it('takes what it leaves out from its launch template, and only that', () => {
    const instance = resourcesOf(
      `resource "aws_launch_template" "app" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "optional"
  }
}

resource "aws_instance" "web" {
  launch_template {
    id = aws_launch_template.app.id
  }
}
`,
      'aws.ec2.instance',
    ).get('aws_instance.web')!;
    expect(where(instance.instanceType)).toEqual({ value: 't3.micro', line: 3, property: 'instance_type' });
    expect(value(instance.metadataHttpTokens)).toBe('optional');
    expect(instance.fromLaunchTemplate).toEqual(['instanceType', 'metadataHttpTokens', 'detailedMonitoring', 'tenancy']);
  });

  it('finds the launch template by the name it declares', () => {
    const instance = resourcesOf(
      `resource "aws_launch_template" "app" {
  name          = "app"
  instance_type = "t3.micro"
}

resource "aws_instance" "web" {
  launch_template {
    name = "app"
  }
}
`,
      'aws.ec2.instance',
    ).get('aws_instance.web')!;
    expect(value(instance.instanceType)).toBe('t3.micro');
  });

  it('leaves what a template outside the configuration would set unknown', () => {
    const instance = resourcesOf(
      `variable "template_id" {
  type = string
}

resource "aws_instance" "web" {
  launch_template {
    id = var.template_id
  }
}
`,
      'aws.ec2.instance',
    ).get('aws_instance.web')!;
    expect([value(instance.instanceType), value(instance.metadataHttpTokens), value(instance.metadataEndpoint)]).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('recognises a Windows image named through a data source', () => {
    const instance = resourcesOf(
      `data "aws_ami" "windows" {
  owners = ["amazon"]
  filter {
    name   = "name"
    values = ["Windows_Server-2022-English-Full-Base-*"]
  }
}

resource "aws_instance" "web" {
  ami           = data.aws_ami.windows.id
  instance_type = "m5.large"
}
`,
      'aws.ec2.instance',
    ).get('aws_instance.web')!;
    expect(instance.imagePlatform).toBe('windows');
  });

  it('leaves HttpTokens unknown when the configuration sets a regional IMDSv2 default', () => {
    const instance = resourcesOf(
      `resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens = "required"
}

resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
`,
      'aws.ec2.instance',
    ).get('aws_instance.web')!;
    expect(value(instance.metadataHttpTokens)).toBe('unknown');
  });
});

describe('aws_launch_template and aws_launch_configuration', () => {
  it('reads a template’s EBS mappings and skips instance-store ones', () => {
    const template = resourcesOf(
      `resource "aws_launch_template" "app" {
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted   = "true"
      volume_type = "gp3"
    }
  }
  block_device_mappings {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}
`,
      'aws.ec2.launch-template',
    ).get('aws_launch_template.app')!;
    expect(template.legacyConfiguration).toBe(false);
    expect(template.blockDevices.map((device) => [device.deviceName, value(device.encrypted), value(device.volumeType)])).toEqual([['/dev/xvda', true, 'gp3']]);
    expect(value(template.instanceType)).toBe('absent');
  });

  it('leaves the instance type unknown when instance requirements choose it', () => {
    const template = resourcesOf(
      `resource "aws_launch_template" "app" {
  instance_requirements {
    vcpu_count {
      min = 2
    }
  }
}
`,
      'aws.ec2.launch-template',
    ).get('aws_launch_template.app')!;
    expect(value(template.instanceType)).toBe('unknown');
  });

  it('models a launch configuration as a legacy template with its block devices', () => {
    const configuration = resourcesOf(
      `resource "aws_launch_configuration" "old" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m3.medium"
  root_block_device {
    encrypted = false
  }
}
`,
      'aws.ec2.launch-template',
    ).get('aws_launch_configuration.old')!;
    expect(configuration.legacyConfiguration).toBe(true);
    expect(value(configuration.instanceType)).toBe('m3.medium');
    expect(configuration.blockDevices.map((device) => value(device.encrypted))).toEqual([false]);
  });
});

describe('aws_ebs_volume', () => {
  it('reads encryption and type; a volume from a snapshot follows the snapshot', () => {
    const volumes = resourcesOf(
      `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  encrypted         = true
  type              = "gp3"
}

resource "aws_ebs_volume" "restored" {
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}
`,
      'aws.ebs.volume',
    );
    expect([value(volumes.get('aws_ebs_volume.data')!.encrypted), value(volumes.get('aws_ebs_volume.data')!.volumeType)]).toEqual([true, 'gp3']);
    // Without a type, the API default (gp2) applies, which the rules know.
    expect([value(volumes.get('aws_ebs_volume.restored')!.encrypted), value(volumes.get('aws_ebs_volume.restored')!.volumeType)]).toEqual(['unknown', 'absent']);
  });

  it('leaves encryption unknown when the configuration turns on encryption by default', () => {
    const volumes = resourcesOf(
      `resource "aws_ebs_encryption_by_default" "this" {}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}
`,
      'aws.ebs.volume',
    );
    expect(value(volumes.get('aws_ebs_volume.data')!.encrypted)).toBe('unknown');
  });
});

describe('user data secrets', () => {
  it('finds written secrets and secret inputs, each at its line, in plain and base64 user data', () => {
    const text = `variable "db_password" {
  sensitive = true
}

resource "aws_instance" "app" {
  ami       = "ami-0123456789abcdef0"
  user_data = <<-EOT
    #!/bin/bash
    export DB_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:111122223333:secret:db
    export DB_PASSWORD=\${var.db_password}
    export API_KEY=abc123
  EOT
}

resource "aws_launch_template" "app" {
  user_data = base64encode("#!/bin/bash\\nTOKEN=t0k3n\\n")
}
`;
    const secrets = (address: string, kind: 'aws.ec2.instance' | 'aws.ec2.launch-template') =>
      resourcesOf(text, kind)
        .get(address)!
        .bootSecrets.map((secret) => [secret.kind, secret.name, secret.property, positionAt(secret.at.file, secret.at.start).line]);
    expect(secrets('aws_instance.app', 'aws.ec2.instance')).toEqual([
      ['secret-input', 'var.db_password', 'user_data', 10],
      ['assignment', 'API_KEY', 'user_data', 11],
    ]);
    expect(secrets('aws_launch_template.app', 'aws.ec2.launch-template')).toEqual([['assignment', 'TOKEN', 'user_data', 16]]);
  });
});

describe('public IP addresses asked for (AWS-EC2-PUBLIC-IP)', () => {
  it('reads associate_public_ip_address of an instance, of each launch template interface (a string) and of a launch configuration', () => {
    const source = `resource "aws_instance" "web" {
  associate_public_ip_address = true
}

resource "aws_launch_template" "app" {
  network_interfaces {
    device_index                = 0
    associate_public_ip_address = "false"
  }
}

resource "aws_launch_configuration" "legacy" {
  associate_public_ip_address = var.public
}

resource "aws_instance" "plain" {
  instance_type = "t3.micro"
}
`;
    const instances = resourcesOf(source, 'aws.ec2.instance');
    const templates = resourcesOf(source, 'aws.ec2.launch-template');
    expect(instances.get('aws_instance.web')!.associatePublicIp.map(where)).toEqual([{ value: true, line: 2, property: 'associate_public_ip_address' }]);
    expect(instances.get('aws_instance.plain')!.associatePublicIp).toEqual([]);
    expect(templates.get('aws_launch_template.app')!.associatePublicIp.map(where)).toEqual([{ value: false, line: 8, property: 'associate_public_ip_address' }]);
    expect(templates.get('aws_launch_configuration.legacy')!.associatePublicIp.map(value)).toEqual(['unknown']);
  });
});
