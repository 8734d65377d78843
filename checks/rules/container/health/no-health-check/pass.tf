resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([{
    name  = "api"
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:3.2.0"
    healthCheck = {
      command  = ["CMD-SHELL", "wget -qO- http://localhost:8080/healthz || exit 1"]
      interval = 10
    }
  }])
}
