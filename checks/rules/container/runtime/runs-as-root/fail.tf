resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([ # expect: CONTAINER-RUNS-AS-ROOT
    { name = "api", image = "registry.example.com/api:1.8.0", memory = 512 },
  ])
}

resource "aws_ecs_task_definition" "backup" {
  family = "backup"
  container_definitions = jsonencode([ # expect: CONTAINER-RUNS-AS-ROOT
    { name = "backup", image = "registry.example.com/backup:0.9.0", memory = 256, user = "0" },
  ])
}
