variable "subnets" {
  type = list(string)
}

variable "vpc_id" {
  type = string
}

variable "certificate_arn" {
  type = string
}

variable "listener_protocol" {
  type = string
}

variable "redirect_protocol" {
  type = string
}

resource "aws_lb" "web" {
  subnets = var.subnets
}

resource "aws_lb_target_group" "app" {
  vpc_id   = var.vpc_id
  port     = 8080
  protocol = "HTTP"
}

resource "aws_lb_listener" "redirect_to_https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      protocol    = "HTTPS"
      port        = "443"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener_rule" "legacy_path_redirect" {
  listener_arn = aws_lb_listener.redirect_to_https.arn
  priority     = 1

  condition {
    path_pattern {
      values = ["/old/*"]
    }
  }

  action {
    type = "redirect"
    redirect {
      protocol    = "HTTPS"
      path        = "/new/"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_lb_listener" "protocol_chosen_at_apply_time" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8080
  protocol          = var.listener_protocol

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_lb_listener" "redirect_chosen_at_apply_time" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8081
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      protocol    = var.redirect_protocol
      status_code = "HTTP_301"
    }
  }
}

resource "aws_elb" "classic" {
  subnets = var.subnets

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = var.certificate_arn
  }

  listener {
    lb_port           = 5432
    lb_protocol       = "tcp"
    instance_port     = 5432
    instance_protocol = "tcp"
  }
}
