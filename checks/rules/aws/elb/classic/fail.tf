variable "subnets" {
  type = list(string)
}

variable "services" {
  type    = set(string)
  default = ["billing"]
}

resource "aws_elb" "web" { # expect: AWS-ELB-CLASSIC
  name    = "web"
  subnets = var.subnets

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}

resource "aws_elb" "per_service" { # expect: AWS-ELB-CLASSIC
  for_each = var.services
  name     = each.key
  subnets  = var.subnets

  listener {
    lb_port           = 443
    lb_protocol       = "tcp"
    instance_port     = 8080
    instance_protocol = "tcp"
  }
}
