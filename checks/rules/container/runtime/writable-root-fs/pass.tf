resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([
    {
      name                   = "api"
      image                  = "registry.example.com/api:1.8.0"
      memory                 = 512
      readonlyRootFilesystem = true
      mountPoints            = [{ sourceVolume = "tmp", containerPath = "/tmp" }]
    },
  ])
  volume {
    name = "tmp"
  }
}
