variable "image_id" {
  type = string
}

variable "instance_type" {
  type    = string
  default = "m3.large"
}

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  worker_type = "c3.xlarge"
}

resource "aws_instance" "legacy" {
  ami           = var.image_id
  instance_type = "m3.medium" # expect: AWS-EC2-PREVIOUS-GEN

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "from_variable" {
  ami           = var.image_id
  instance_type = var.instance_type # expect: AWS-EC2-PREVIOUS-GEN
}

resource "aws_launch_template" "worker" {
  image_id      = var.image_id
  instance_type = local.worker_type # expect: AWS-EC2-PREVIOUS-GEN
}

# Takes c3.xlarge from the worker template; reported once, on the template.
resource "aws_instance" "worker" {
  launch_template {
    id      = aws_launch_template.worker.id
    version = aws_launch_template.worker.latest_version
  }
}

resource "aws_launch_configuration" "legacy" {
  image_id      = var.image_id
  instance_type = var.environment == "prod" ? "m7i.large" : "r3.large" # expect: AWS-EC2-PREVIOUS-GEN
}
