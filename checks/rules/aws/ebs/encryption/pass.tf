variable "image_id" {
  type = string
}

variable "encrypt" {
  type = bool
}

variable "snapshot_id" {
  type = string
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = "alias/ebs"
}

# Follows the snapshot's encryption.
resource "aws_ebs_volume" "restored" {
  availability_zone = "eu-west-1a"
  snapshot_id       = var.snapshot_id
}

resource "aws_ebs_volume" "decided_at_apply_time" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypt
}

resource "aws_instance" "web" {
  ami           = var.image_id
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 20
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    snapshot_id = var.snapshot_id
  }
}

resource "aws_launch_template" "app" {
  image_id = var.image_id

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

# An instance-store mapping is not an EBS volume, even when an empty ebs block sits beside it.
resource "aws_launch_template" "scratch" {
  image_id = var.image_id

  block_device_mappings {
    device_name  = "/dev/sdc"
    virtual_name = "ephemeral1"
    ebs {}
  }
}

# Its block devices come from the launch template.
resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}
