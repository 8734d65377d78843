resource "aws_ecs_task_definition" "worker" {
  family                   = "worker"
  requires_compatibilities = ["EC2"]
  container_definitions = jsonencode([
    { name = "worker", image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/worker:3.2.0", memory = 512 },
  ])
}
