variable "image_id" {
  type = string
}

variable "protect" {
  type    = bool
  default = false
}

resource "aws_instance" "bastion" { # expect: AWS-EC2-TERMINATION-PROTECTION
  ami           = var.image_id
  instance_type = "t4g.micro"
}

resource "aws_instance" "reporting" {
  ami                     = var.image_id
  instance_type           = "m7g.large"
  disable_api_termination = var.protect # expect: AWS-EC2-TERMINATION-PROTECTION
}

resource "aws_instance" "per_team" {
  for_each                = { analytics = true, marketing = false }
  ami                     = var.image_id
  instance_type           = "m7g.large"
  disable_api_termination = each.value # expect: AWS-EC2-TERMINATION-PROTECTION
}
