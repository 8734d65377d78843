variable "image_id" {
  type = string
}

variable "volume_type" {
  type = string
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  type              = "gp3"
}

resource "aws_ebs_volume" "chosen" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  type              = var.volume_type
}

resource "aws_instance" "web" {
  ami           = var.image_id
  instance_type = "t3.micro"

  # No volume_type: the AMI's snapshot decides, so it is not reported.
  root_block_device {
    encrypted   = true
    volume_size = 30
  }

  ebs_block_device {
    device_name = "/dev/xvdf"
    encrypted   = true
    volume_type = "st1"
    volume_size = 500
  }
}
