variable "image_id" {
  type = string
}

variable "detailed" {
  type    = bool
  default = false
}

resource "aws_instance" "bastion" { # expect: AWS-EC2-DETAILED-MONITORING
  ami           = var.image_id
  instance_type = "t4g.micro"
}

resource "aws_instance" "reporting" {
  ami           = var.image_id
  instance_type = "m7g.large"
  monitoring    = var.detailed # expect: AWS-EC2-DETAILED-MONITORING
}

resource "aws_instance" "per_team" {
  for_each      = { analytics = true, marketing = false }
  ami           = var.image_id
  instance_type = "m7g.large"
  monitoring    = each.value # expect: AWS-EC2-DETAILED-MONITORING
}

resource "aws_launch_template" "web" { # expect: AWS-EC2-DETAILED-MONITORING
  image_id      = var.image_id
  instance_type = "m7g.large"
}

resource "aws_launch_template" "worker" {
  image_id = var.image_id

  monitoring {
    enabled = false # expect: AWS-EC2-DETAILED-MONITORING
  }
}

resource "aws_launch_configuration" "legacy" {
  image_id          = var.image_id
  instance_type     = "m5.large"
  enable_monitoring = false # expect: AWS-EC2-DETAILED-MONITORING
}
