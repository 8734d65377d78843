variable "image_id" {
  type = string
}

variable "tenancy" {
  type    = string
  default = "dedicated"
}

resource "aws_vpc" "main" {
  cidr_block       = "10.0.0.0/16"
  instance_tenancy = var.tenancy # expect: AWS-EC2-DEDICATED-TENANCY
}

resource "aws_instance" "licensed" {
  ami           = var.image_id
  instance_type = "m7g.large"
  tenancy       = "dedicated" # expect: AWS-EC2-DEDICATED-TENANCY
}

resource "aws_launch_template" "web" {
  image_id = var.image_id

  placement {
    tenancy = "dedicated" # expect: AWS-EC2-DEDICATED-TENANCY
  }
}
