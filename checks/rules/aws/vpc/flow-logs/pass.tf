variable "flow_log_bucket_arn" {
  type = string
}

variable "existing_vpc_id" {
  type = string
}

variable "environments" {
  type    = map(string)
  default = { staging = "10.3.0.0/16", production = "10.4.0.0/16" }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = var.flow_log_bucket_arn
}

resource "aws_vpc" "shared" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_flow_log" "shared" {
  vpc_id               = "${aws_vpc.shared.id}"
  traffic_type         = "REJECT"
  log_destination_type = "s3"
  log_destination      = var.flow_log_bucket_arn
}

resource "aws_vpc" "environment" {
  for_each   = var.environments
  cidr_block = each.value
}

resource "aws_flow_log" "environment" {
  for_each             = var.environments
  vpc_id               = aws_vpc.environment[each.key].id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = var.flow_log_bucket_arn
}

# Decided at apply time, but it names the VPC: given the benefit of the doubt.
resource "aws_vpc" "legacy" {
  cidr_block = "10.5.0.0/16"
}

resource "aws_flow_log" "legacy" {
  vpc_id               = coalesce(var.existing_vpc_id, aws_vpc.legacy.id)
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = var.flow_log_bucket_arn
}

# A VPC of another configuration: nothing here to report.
resource "aws_flow_log" "existing" {
  vpc_id               = var.existing_vpc_id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = var.flow_log_bucket_arn
}
