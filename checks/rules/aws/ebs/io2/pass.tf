variable "image_id" {
  type = string
}

variable "volume_type" {
  type = string
}

resource "aws_ebs_volume" "database" {
  availability_zone = "eu-west-1a"
  size              = 500
  type              = "io2"
  iops              = 16000
  encrypted         = true
}

resource "aws_ebs_volume" "decided_at_apply" {
  availability_zone = "eu-west-1a"
  size              = 500
  type              = var.volume_type
  iops              = 16000
  encrypted         = true
}

resource "aws_launch_configuration" "legacy" {
  image_id      = var.image_id
  instance_type = "r5.xlarge"

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 500
    volume_type = "io1"
    iops        = 10000
    encrypted   = true
  }
}
