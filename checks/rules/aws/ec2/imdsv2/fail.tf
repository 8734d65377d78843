variable "image_id" {
  type = string
}

variable "token_mode" {
  type    = string
  default = "optional"
}

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  legacy_tokens = "optional"
}

resource "aws_launch_template" "unset" { # expect: AWS-EC2-IMDSV2
  image_id      = var.image_id
  instance_type = "t3.micro"
}

resource "aws_launch_template" "optional" {
  image_id = var.image_id

  metadata_options {
    http_tokens = "optional" # expect: AWS-EC2-IMDSV2
  }
}

resource "aws_launch_configuration" "legacy" {
  image_id      = var.image_id
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = var.token_mode # expect: AWS-EC2-IMDSV2
  }
}

resource "aws_instance" "bare" { # expect: AWS-EC2-IMDSV2
  ami           = var.image_id
  instance_type = "t3.micro"
}

# Inherits "optional" from the template, which is reported once, there.
resource "aws_instance" "from_optional_template" {
  launch_template {
    id      = aws_launch_template.optional.id
    version = "$Latest"
  }
}

resource "aws_instance" "per_environment" {
  ami           = var.image_id
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = var.environment == "prod" ? "required" : "optional" # expect: AWS-EC2-IMDSV2
  }
}

resource "aws_instance" "from_local" {
  ami           = var.image_id
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = local.legacy_tokens # expect: AWS-EC2-IMDSV2
  }
}
