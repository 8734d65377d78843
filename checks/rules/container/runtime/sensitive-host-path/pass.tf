resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([
    {
      name   = "api"
      image  = "registry.example.com/api:1.8.0"
      memory = 512
      mountPoints = [
        { sourceVolume = "cache", containerPath = "/cache" },
        { sourceVolume = "logs", containerPath = "/logs" },
      ]
    },
  ])
  volume {
    name = "cache"
    docker_volume_configuration {
      scope = "task"
    }
  }
  volume {
    name      = "logs"
    host_path = "/var/log/api"
  }
}
