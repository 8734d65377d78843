variable "public_address" {
  type    = bool
  default = true
}

locals {
  bastions = toset(["a", "b"])
}

resource "aws_instance" "bastion" {
  for_each                    = local.bastions
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t4g.micro"
  associate_public_ip_address = true # expect: AWS-EC2-PUBLIC-IP, AWS-EC2-PUBLIC-IP
}

resource "aws_launch_template" "web" {
  name_prefix   = "web-"
  instance_type = "m7g.large"

  network_interfaces {
    device_index                = 0
    associate_public_ip_address = "true" # expect: AWS-EC2-PUBLIC-IP
  }
}

resource "aws_launch_configuration" "legacy" {
  image_id                    = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public_address # expect: AWS-EC2-PUBLIC-IP
}
