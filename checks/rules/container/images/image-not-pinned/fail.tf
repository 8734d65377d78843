resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([ # expect: CONTAINER-IMAGE-NOT-PINNED
    { name = "web", image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2" },
  ])
}
