variable "subnets" {
  type = list(string)
}

variable "cross_zone" {
  type = bool
}

# The provider turns cross-zone load balancing on when it is left out.
resource "aws_elb" "provider_default" {
  name    = "web"
  subnets = var.subnets

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}

resource "aws_elb" "decided_at_apply" {
  name                      = "decided"
  subnets                   = var.subnets
  cross_zone_load_balancing = var.cross_zone

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}
