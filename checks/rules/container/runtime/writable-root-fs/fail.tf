resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([ # expect: CONTAINER-WRITABLE-ROOT-FS
    { name = "api", image = "registry.example.com/api:1.8.0", memory = 512 },
  ])
}

resource "aws_ecs_task_definition" "db" {
  family = "db"
  container_definitions = jsonencode([ # expect: CONTAINER-WRITABLE-ROOT-FS
    { name = "postgres", image = "postgres:16.3", memory = 1024, readonlyRootFilesystem = false },
  ])
}
