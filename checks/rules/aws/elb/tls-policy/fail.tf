variable "subnets" {
  type = list(string)
}

variable "certificate_arn" {
  type = string
}

variable "target_group_arn" {
  type = string
}

variable "tls_policy" {
  type    = string
  default = "ELBSecurityPolicy-TLS13-1-0-2021-06"
}

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  policies = {
    prod = "ELBSecurityPolicy-TLS13-1-2-2021-06"
    dev  = "ELBSecurityPolicy-TLS-1-1-2017-01"
  }
}

resource "aws_lb" "web" {
  subnets = var.subnets
}

resource "aws_lb" "network" {
  load_balancer_type = "network"
  subnets            = var.subnets
}

resource "aws_lb_listener" "default_policy" { # expect: AWS-ELB-TLS-POLICY
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = var.target_group_arn
  }
}

resource "aws_lb_listener" "old_policy" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-2016-08" # expect: AWS-ELB-TLS-POLICY
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = var.target_group_arn
  }
}

resource "aws_lb_listener" "tls_from_variable" {
  load_balancer_arn = aws_lb.network.arn
  port              = 443
  protocol          = "TLS"
  ssl_policy        = var.tls_policy # expect: AWS-ELB-TLS-POLICY
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = var.target_group_arn
  }
}

resource "aws_lb_listener" "policy_per_environment" {
  load_balancer_arn = aws_lb.web.arn
  port              = 9443
  protocol          = "HTTPS"
  ssl_policy        = var.environment == "prod" ? "ELBSecurityPolicy-TLS13-1-2-2021-06" : "ELBSecurityPolicy-FS-1-1-2019-08" # expect: AWS-ELB-TLS-POLICY
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = var.target_group_arn
  }
}

resource "aws_lb_listener" "policy_from_local" {
  load_balancer_arn = aws_lb.web.arn
  port              = 10443
  protocol          = "HTTPS"
  ssl_policy        = local.policies[var.environment] # expect: AWS-ELB-TLS-POLICY
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = var.target_group_arn
  }
}

resource "aws_elb" "classic" {
  name    = "classic"
  subnets = var.subnets

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = var.certificate_arn
  }

  listener {
    lb_port            = 8443
    lb_protocol        = "ssl"
    instance_port      = 8443
    instance_protocol  = "ssl"
    ssl_certificate_id = var.certificate_arn
  }

  listener { # expect: AWS-ELB-TLS-POLICY
    lb_port            = 9443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = var.certificate_arn
  }
}

resource "aws_load_balancer_policy" "legacy" {
  load_balancer_name = aws_elb.classic.name
  policy_name        = "legacy-ssl-negotiation"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-2016-08" # expect: AWS-ELB-TLS-POLICY
  }
}

resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.classic.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.legacy.policy_name]
}

resource "aws_lb_ssl_negotiation_policy" "custom" {
  name          = "custom-ssl-negotiation"
  load_balancer = "classic"
  lb_port       = 8443

  attribute { # expect: AWS-ELB-TLS-POLICY
    name  = "Protocol-TLSv1"
    value = "true"
  }

  attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  attribute {
    name  = "ECDHE-RSA-AES128-GCM-SHA256"
    value = "true"
  }
}
