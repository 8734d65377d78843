variable "subnets" {
  type = list(string)
}

variable "target_group_arn" {
  type = string
}

variable "enable_access_logs" {
  type = bool
}

resource "aws_s3_bucket" "access_logs" {
  bucket = "my-load-balancer-logs"
}

resource "aws_lb" "web" {
  subnets = var.subnets

  access_logs {
    bucket  = aws_s3_bucket.access_logs.id
    prefix  = "web"
    enabled = true
  }
}

resource "aws_lb" "decided_at_apply_time" {
  subnets = var.subnets

  access_logs {
    bucket  = aws_s3_bucket.access_logs.id
    enabled = var.enable_access_logs
  }
}

# A network load balancer logs only TLS connections; this one has none.
resource "aws_lb" "tcp_only" {
  load_balancer_type = "network"
  subnets            = var.subnets
}

resource "aws_lb_listener" "postgres" {
  load_balancer_arn = aws_lb.tcp_only.arn
  port              = 5432
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = var.target_group_arn
  }
}

resource "aws_lb" "appliances" {
  load_balancer_type = "gateway"
  subnets            = var.subnets
}

# A classic load balancer's access_logs block is on unless it says otherwise.
resource "aws_elb" "classic" {
  subnets = var.subnets

  listener {
    lb_port           = 5432
    lb_protocol       = "tcp"
    instance_port     = 5432
    instance_protocol = "tcp"
  }

  access_logs {
    bucket   = aws_s3_bucket.access_logs.id
    interval = 60
  }
}
