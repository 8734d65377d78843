variable "subnets" {
  type = list(string)
}

variable "certificate_arn" {
  type = string
}

variable "target_group_arn" {
  type = string
}

variable "enable_access_logs" {
  type    = bool
  default = false
}

variable "environment" {
  type    = string
  default = "dev"
}

resource "aws_lb" "no_logs" { # expect: AWS-ELB-ACCESS-LOGS
  subnets = var.subnets
}

resource "aws_lb" "switched_off" {
  subnets = var.subnets

  access_logs {
    bucket  = "my-alb-logs"
    enabled = false # expect: AWS-ELB-ACCESS-LOGS
  }
}

# Naming a bucket is not enough: the provider leaves access logs off unless enabled is true.
resource "aws_alb" "bucket_only" {
  subnets = var.subnets

  access_logs { # expect: AWS-ELB-ACCESS-LOGS
    bucket = "my-alb-logs"
  }
}

resource "aws_lb" "from_variable" {
  subnets = var.subnets

  access_logs {
    bucket  = "my-alb-logs"
    enabled = var.enable_access_logs # expect: AWS-ELB-ACCESS-LOGS
  }
}

resource "aws_lb" "prod_only" {
  subnets = var.subnets

  access_logs {
    bucket  = "my-alb-logs"
    enabled = var.environment == "prod" # expect: AWS-ELB-ACCESS-LOGS
  }
}

resource "aws_lb" "tls_network" { # expect: AWS-ELB-ACCESS-LOGS
  load_balancer_type = "network"
  subnets            = var.subnets
}

resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.tls_network.arn
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = var.target_group_arn
  }
}

resource "aws_elb" "classic_off" {
  subnets = var.subnets

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = var.certificate_arn
  }

  access_logs {
    bucket  = "my-elb-logs"
    enabled = false # expect: AWS-ELB-ACCESS-LOGS
  }
}

resource "aws_elb" "classic_unset" { # expect: AWS-ELB-ACCESS-LOGS
  subnets = var.subnets

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = var.certificate_arn
  }
}
