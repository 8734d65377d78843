variable "image_id" {
  type = string
}

variable "token_mode" {
  type = string
}

variable "shared_template_id" {
  type = string
}

resource "aws_launch_template" "hardened" {
  name     = "hardened"
  image_id = var.image_id

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }
}

resource "aws_launch_template" "no_metadata" {
  image_id = var.image_id

  metadata_options {
    http_endpoint = "disabled"
  }
}

resource "aws_launch_configuration" "legacy" {
  image_id      = var.image_id
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "from_hardened_template" {
  launch_template {
    id      = aws_launch_template.hardened.id
    version = aws_launch_template.hardened.latest_version
  }
}

resource "aws_instance" "from_template_by_name" {
  launch_template {
    name = "hardened"
  }
}

resource "aws_instance" "from_shared_template" {
  launch_template {
    id = var.shared_template_id
  }
}

resource "aws_instance" "own" {
  ami           = var.image_id
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "decided_at_apply_time" {
  ami           = var.image_id
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = var.token_mode
  }
}
