resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([ # expect: CONTAINER-IMAGE-LATEST, CONTAINER-IMAGE-LATEST
    { name = "web", image = "nginx" },
    { name = "worker", image = "registry.internal:5000/shop/worker:latest" },
  ])
}
