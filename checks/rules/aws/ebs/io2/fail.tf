variable "image_id" {
  type = string
}

variable "volume_type" {
  type    = string
  default = "io1"
}

resource "aws_ebs_volume" "database" {
  availability_zone = "eu-west-1a"
  size              = 500
  type              = "io1" # expect: AWS-EBS-IO2
  iops              = 16000
  encrypted         = true
}

resource "aws_ebs_volume" "from_variable" {
  availability_zone = "eu-west-1a"
  size              = 200
  type              = var.volume_type # expect: AWS-EBS-IO2
  iops              = 8000
  encrypted         = true
}

resource "aws_ebs_volume" "per_shard" {
  for_each          = { a = "io1", b = "io2" }
  availability_zone = "eu-west-1a"
  size              = 200
  type              = each.value # expect: AWS-EBS-IO2
  iops              = 8000
  encrypted         = true
}

resource "aws_instance" "db" {
  ami           = var.image_id
  instance_type = "r7g.xlarge"

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 500
    volume_type = "io1" # expect: AWS-EBS-IO2
    iops        = 10000
    encrypted   = true
  }
}

resource "aws_launch_template" "db" {
  image_id = var.image_id

  block_device_mappings {
    device_name = "/dev/sdf"
    ebs {
      volume_size = 500
      volume_type = "io1" # expect: AWS-EBS-IO2
      iops        = 10000
      encrypted   = true
    }
  }
}
