variable "image_id" {
  type = string
}

variable "encrypt_root" {
  type    = bool
  default = false
}

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  storage = {
    encrypt = false
  }
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = false # expect: AWS-EBS-ENCRYPTION
}

resource "aws_ebs_volume" "logs" { # expect: AWS-EBS-ENCRYPTION
  availability_zone = "eu-west-1a"
  size              = 50
  type              = "gp3"
}

resource "aws_instance" "web" {
  ami           = var.image_id
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 20
    encrypted   = var.encrypt_root # expect: AWS-EBS-ENCRYPTION
  }

  ephemeral_block_device {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}

resource "aws_launch_template" "app" {
  image_id = var.image_id

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs { # expect: AWS-EBS-ENCRYPTION
      volume_size = 30
      volume_type = "gp3"
    }
  }

  block_device_mappings {
    device_name = "/dev/xvdf"
    ebs {
      volume_size = 100
      encrypted   = var.environment == "prod" ? "true" : "false" # expect: AWS-EBS-ENCRYPTION
    }
  }
}

resource "aws_launch_configuration" "legacy" {
  image_id      = var.image_id
  instance_type = "t3.small"

  ebs_block_device {
    device_name = "/dev/xvdf"
    volume_size = 20
    encrypted   = local.storage.encrypt # expect: AWS-EBS-ENCRYPTION
  }
}

# No block devices: the root volume is whatever the AMI's snapshot and the account's default make it.
resource "aws_instance" "bastion" { # expect: AWS-EBS-ENCRYPTION
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_configuration" "worker" { # expect: AWS-EBS-ENCRYPTION
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m5d.large"

  ephemeral_block_device {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}
