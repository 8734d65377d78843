resource "aws_ecs_task_definition" "agent" {
  family = "node-agent"
  container_definitions = jsonencode([ # expect: CONTAINER-SENSITIVE-HOST-PATH
    {
      name   = "agent"
      image  = "registry.example.com/node-agent:2.4.1"
      memory = 256
      mountPoints = [
        { sourceVolume = "docker-sock", containerPath = "/var/run/docker.sock" },
      ]
    },
  ])
  volume {
    name      = "docker-sock"
    host_path = "/var/run/docker.sock"
  }
}
