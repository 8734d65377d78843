variable "subnets" {
  type = list(string)
}

variable "vpc_id" {
  type = string
}

variable "redirect_protocol" {
  type    = string
  default = "HTTP"
}

variable "environment" {
  type    = string
  default = "dev"
}

resource "aws_lb" "web" {
  subnets = var.subnets
}

resource "aws_lb_target_group" "app" {
  vpc_id   = var.vpc_id
  port     = 8080
  protocol = "HTTP"
}

resource "aws_lb_listener" "forwarding" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP" # expect: AWS-ELB-HTTPS

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_lb_listener" "redirect_keeps_protocol" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8080
  protocol          = "HTTP" # expect: AWS-ELB-HTTPS

  default_action {
    type = "redirect"
    redirect {
      port        = "80"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "redirect_from_variable" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8081
  protocol          = "HTTP" # expect: AWS-ELB-HTTPS

  default_action {
    type = "redirect"
    redirect {
      protocol    = var.redirect_protocol
      status_code = "HTTP_302"
    }
  }
}

# An application load balancer's listener is HTTP when it names no protocol.
resource "aws_alb_listener" "default_protocol" { # expect: AWS-ELB-HTTPS
  load_balancer_arn = aws_lb.web.arn
  port              = 8082

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_lb_listener" "redirect_only_in_prod" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8083
  protocol          = "HTTP" # expect: AWS-ELB-HTTPS

  default_action {
    type             = var.environment == "prod" ? "redirect" : "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_lb_listener" "redirect_with_forwarding_rule" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8084
  protocol          = "HTTP" # expect: AWS-ELB-HTTPS

  default_action {
    type = "redirect"
    redirect {
      protocol    = "HTTPS"
      port        = "443"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener_rule" "health_check_over_http" {
  listener_arn = aws_lb_listener.redirect_with_forwarding_rule.arn
  priority     = 1

  condition {
    path_pattern {
      values = ["/health"]
    }
  }

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_elb" "classic" {
  subnets = var.subnets

  listener {
    lb_port           = 80
    lb_protocol       = "http" # expect: AWS-ELB-HTTPS
    instance_port     = 8080
    instance_protocol = "http"
  }

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
  }
}
