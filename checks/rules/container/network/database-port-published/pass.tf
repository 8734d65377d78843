resource "aws_ecs_task_definition" "cache" {
  family                   = "cache"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([{
    name         = "mysql"
    image        = "mysql:8.4"
    portMappings = [{ containerPort = 3306 }]
  }])
}
