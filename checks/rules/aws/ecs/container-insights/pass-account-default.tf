# The account default turns Container Insights on for every cluster that does not choose.
resource "aws_ecs_account_setting_default" "container_insights" {
  name  = "containerInsights"
  value = "enhanced"
}

resource "aws_ecs_cluster" "api" {
  name = "api"
}
