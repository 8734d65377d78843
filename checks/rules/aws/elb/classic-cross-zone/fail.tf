variable "subnets" {
  type = list(string)
}

variable "cross_zone" {
  type    = bool
  default = false
}

resource "aws_elb" "web" {
  name                      = "web"
  subnets                   = var.subnets
  cross_zone_load_balancing = false # expect: AWS-ELB-CLASSIC-CROSS-ZONE

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}

resource "aws_elb" "from_variable" {
  name                      = "from-variable"
  subnets                   = var.subnets
  cross_zone_load_balancing = var.cross_zone # expect: AWS-ELB-CLASSIC-CROSS-ZONE

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}

resource "aws_elb" "per_team" {
  for_each                  = { billing = false }
  name                      = each.key
  subnets                   = var.subnets
  cross_zone_load_balancing = each.value # expect: AWS-ELB-CLASSIC-CROSS-ZONE

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}
