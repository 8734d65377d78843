resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions    = jsonencode([{ name = "api", image = "registry.example.com/api:1.4.2" }])

  runtime_platform {
    cpu_architecture        = "ARM64"
    operating_system_family = "LINUX"
  }
}

resource "aws_ecs_task_definition" "windows" {
  family                   = "legacy"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 1024
  memory                   = 2048
  container_definitions    = jsonencode([{ name = "legacy", image = "registry.example.com/legacy:3.1" }])

  runtime_platform {
    operating_system_family = "WINDOWS_SERVER_2022_CORE"
  }
}

resource "aws_ecs_task_definition" "on_ec2" {
  family                   = "batch"
  requires_compatibilities = ["EC2"]
  container_definitions    = jsonencode([{ name = "batch", image = "registry.example.com/batch:1.0", memory = 512 }])
}
