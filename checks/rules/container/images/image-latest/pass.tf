variable "image_tag" {
  type = string
}

resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    { name = "web", image = "nginx:1.27.2" },
    { name = "app", image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:${var.image_tag}" },
  ])
}
