variable "cluster_name" {
  type = string
}

variable "node_role_arn" {
  type = string
}

variable "subnets" {
  type = list(string)
}

variable "template_id" {
  type = string
}

resource "aws_eks_node_group" "apps" {
  cluster_name   = var.cluster_name
  node_role_arn  = var.node_role_arn
  subnet_ids     = var.subnets
  instance_types = ["m7g.large"]
  ami_type       = "AL2023_ARM_64_STANDARD"

  scaling_config {
    desired_size = 2
    max_size     = 4
    min_size     = 2
  }
}

resource "aws_eks_node_group" "from_template" {
  cluster_name  = var.cluster_name
  node_role_arn = var.node_role_arn
  subnet_ids    = var.subnets

  launch_template {
    id      = var.template_id
    version = "1"
  }

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }
}
