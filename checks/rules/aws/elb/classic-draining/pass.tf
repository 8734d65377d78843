variable "subnets" {
  type = list(string)
}

variable "draining" {
  type = bool
}

resource "aws_elb" "web" {
  name                        = "web"
  subnets                     = var.subnets
  connection_draining         = true
  connection_draining_timeout = 60

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}

resource "aws_elb" "decided_at_apply" {
  name                = "decided"
  subnets             = var.subnets
  connection_draining = var.draining

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}
