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
  type = string
}

resource "aws_lb" "web" {
  subnets = var.subnets
}

resource "aws_lb" "network" {
  load_balancer_type = "network"
  subnets            = var.subnets
}

resource "aws_lb_listener" "recommended" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = var.target_group_arn
  }
}

resource "aws_lb_listener" "fips" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04"
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = var.target_group_arn
  }
}

resource "aws_lb_listener" "forward_secrecy" {
  load_balancer_arn = aws_lb.network.arn
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-FS-1-2-Res-2020-10"
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = var.target_group_arn
  }
}

resource "aws_lb_listener" "chosen_at_apply_time" {
  load_balancer_arn = aws_lb.web.arn
  port              = 9443
  protocol          = "HTTPS"
  ssl_policy        = var.tls_policy
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = var.target_group_arn
  }
}

resource "aws_lb_listener" "plain_tcp" {
  load_balancer_arn = aws_lb.network.arn
  port              = 5432
  protocol          = "TCP"

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

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}

resource "aws_lb_cookie_stickiness_policy" "sticky" {
  name                     = "sticky"
  load_balancer            = aws_elb.classic.id
  lb_port                  = 443
  cookie_expiration_period = 300
}

resource "aws_load_balancer_policy" "modern" {
  load_balancer_name = aws_elb.classic.name
  policy_name        = "modern-ssl-negotiation"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.classic.name
  load_balancer_port = 443
  policy_names = [
    aws_lb_cookie_stickiness_policy.sticky.name,
    aws_load_balancer_policy.modern.policy_name,
  ]
}

resource "aws_lb_ssl_negotiation_policy" "custom" {
  name          = "custom-ssl-negotiation"
  load_balancer = aws_elb.classic.id
  lb_port       = 8443

  attribute {
    name  = "Protocol-TLSv1"
    value = "false"
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
