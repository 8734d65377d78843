variable "image_id" {
  type = string
}

variable "protect" {
  type = bool
}

resource "aws_instance" "database" {
  ami                     = var.image_id
  instance_type           = "r7g.large"
  disable_api_termination = true
}

resource "aws_instance" "spot_worker" {
  ami           = var.image_id
  instance_type = "c7g.large"

  instance_market_options {
    market_type = "spot"
  }
}

resource "aws_launch_template" "protected" {
  image_id                = var.image_id
  instance_type           = "m7g.large"
  disable_api_termination = true
}

resource "aws_instance" "from_template" {
  launch_template {
    id = aws_launch_template.protected.id
  }
}

resource "aws_instance" "decided_at_apply" {
  ami                     = var.image_id
  instance_type           = "m7g.large"
  disable_api_termination = var.protect
}
