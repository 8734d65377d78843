resource "aws_ecs_task_definition" "cache" {
  family                   = "cache"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  container_definitions = jsonencode([{ # expect: CONTAINER-DATABASE-PORT-PUBLISHED
    name         = "mysql"
    image        = "mysql:8.4"
    memory       = 1024
    portMappings = [{ containerPort = 3306, hostPort = 0 }]
  }])
}
