variable "subnets" {
  type = list(string)
}

variable "draining" {
  type    = bool
  default = false
}

resource "aws_elb" "web" { # expect: AWS-ELB-CLASSIC-DRAINING
  name    = "web"
  subnets = var.subnets

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}

resource "aws_elb" "explicit" {
  name                = "explicit"
  subnets             = var.subnets
  connection_draining = false # expect: AWS-ELB-CLASSIC-DRAINING

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}

resource "aws_elb" "from_variable" {
  name                = "from-variable"
  subnets             = var.subnets
  connection_draining = var.draining # expect: AWS-ELB-CLASSIC-DRAINING

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}

resource "aws_elb" "per_team" {
  for_each            = { billing = false }
  name                = each.key
  subnets             = var.subnets
  connection_draining = each.value # expect: AWS-ELB-CLASSIC-DRAINING

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}
