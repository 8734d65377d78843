variable "image_id" {
  type = string
}

variable "data_volume_type" {
  type    = string
  default = "gp2"
}

variable "tier" {
  type    = string
  default = "standard"
}

locals {
  default_volume_type = "gp2"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  type              = "gp2" # expect: AWS-EBS-GP3
}

resource "aws_ebs_volume" "untyped" { # expect: AWS-EBS-GP3
  availability_zone = "eu-west-1a"
  size              = 50
  encrypted         = true
}

resource "aws_ebs_volume" "from_variable" {
  availability_zone = "eu-west-1a"
  size              = 50
  encrypted         = true
  type              = var.data_volume_type # expect: AWS-EBS-GP3
}

resource "aws_instance" "web" {
  ami           = var.image_id
  instance_type = "t3.micro"

  root_block_device {
    encrypted   = true
    volume_type = local.default_volume_type # expect: AWS-EBS-GP3
  }
}

resource "aws_launch_template" "app" {
  image_id = var.image_id

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted   = true
      volume_type = var.tier == "fast" ? "io2" : "gp2" # expect: AWS-EBS-GP3
    }
  }
}
