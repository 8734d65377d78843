variable "image_id" {
  type = string
}

variable "tenancy" {
  type = string
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_instance" "web" {
  ami           = var.image_id
  instance_type = "m7g.large"
  tenancy       = "default"
}

resource "aws_instance" "chosen" {
  ami           = var.image_id
  instance_type = "m7g.large"
  tenancy       = var.tenancy
}
