/**
 * Synthetic but realistic Terraform for the benchmark: a project of 500 files and about 50,000 lines (a root
 * calling 50 local modules, each with `for_each`), one file of about 1 MB, and one of about 1 KB.
 */

/** About 125 lines of resources in the styles real modules use: for_each, count, dynamic blocks, sub-resources. */
function resources(prefix: string, index: number): string {
  const name = `${prefix}_${index}`;
  return `resource "aws_s3_bucket" "${name}" {
  for_each = toset(local.buckets)
  bucket   = "\${var.name}-\${each.key}-${index}"
  tags     = merge(local.tags, { Bucket = each.key })
}

resource "aws_s3_bucket_versioning" "${name}" {
  for_each = aws_s3_bucket.${name}
  bucket   = each.value.id
  versioning_configuration {
    status = var.environment == "prod" ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "${name}" {
  for_each = aws_s3_bucket.${name}
  bucket   = each.value.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_security_group" "${name}" {
  name        = "\${var.name}-${index}"
  description = format("%s security group %d", var.name, ${index})
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = local.ports
    content {
      description = "port \${ingress.value}"
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [cidrsubnet(var.cidr, 8, ${index % 250})]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "${name}_ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.${name}.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = var.admin_cidrs
}

resource "aws_db_instance" "${name}" {
  count                   = var.environment == "prod" ? 2 : 1
  identifier              = "\${var.name}-db-${index}-\${count.index}"
  engine                  = "postgres"
  instance_class          = lookup(local.sizes, var.environment, "db.t4g.micro")
  allocated_storage       = 20 * (count.index + 1)
  storage_encrypted       = true
  backup_retention_period = var.environment == "prod" ? 14 : 1
  publicly_accessible     = false
  tags                    = local.tags
}

resource "aws_iam_role" "${name}" {
  name = "\${var.name}-role-${index}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

resource "aws_kms_key" "${name}" {
  description             = "\${var.name} key ${index}"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  tags                    = local.tags
}

resource "aws_cloudwatch_log_group" "${name}" {
  name              = "/aws/lambda/\${var.name}-fn-${index}"
  retention_in_days = var.environment == "prod" ? 365 : 30
  kms_key_id        = aws_kms_key.${name}.arn
}

resource "aws_sqs_queue" "${name}" {
  name                      = "\${var.name}-queue-${index}"
  kms_master_key_id         = aws_kms_key.${name}.id
  message_retention_seconds = 86400 * 4
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.${name}_dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "${name}_dlq" {
  name              = "\${var.name}-dlq-${index}"
  kms_master_key_id = aws_kms_key.${name}.id
}

resource "aws_lambda_function" "${name}" {
  function_name = "\${var.name}-fn-${index}"
  role          = aws_iam_role.${name}.arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  environment {
    variables = { STAGE = var.environment, BUCKETS = join(",", local.buckets) }
  }
}

`;
}

/** The variables and locals `resources` uses; the root and a single file give `name` and `vpc_id` defaults. */
function variables(defaults: { name: string; vpcId: string } | undefined): string {
  const name = defaults ? `variable "name" {\n  type    = string\n  default = "${defaults.name}"\n}` : 'variable "name" {\n  type = string\n}';
  const vpc = defaults ? `variable "vpc_id" {\n  type    = string\n  default = "${defaults.vpcId}"\n}` : 'variable "vpc_id" {\n  type = string\n}';
  return `${name}

variable "environment" {
  type    = string
  default = "dev"
}

${vpc}

variable "cidr" {
  type    = string
  default = "10.0.0.0/8"
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8"]
}

locals {
  buckets = ["data", "logs"]
  ports   = [80, 443]
  sizes   = { prod = "db.r6g.large", dev = "db.t4g.micro" }
  tags = {
    Service     = var.name
    Environment = var.environment
  }
}
`;
}

/**
 * 500 files of about 100 lines (50,000 in all): a root (`main.tf` calling every module once per environment, `variables.tf`
 * and 48 files of resources) and 50 local modules of 9 files each.
 */
export function terraformProject(modules = 50): { path: string; text: string }[] {
  const calls = Array.from(
    { length: modules },
    (_, index) => `module "svc_${index}" {
  source      = "./modules/svc_${index}"
  for_each    = toset(var.environments)
  name        = "svc-${index}-\${each.key}"
  environment = each.key
  vpc_id      = aws_vpc.main.id
}
`,
  ).join('\n');
  const files = [
    { path: 'main.tf', text: `resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\n${calls}` },
    { path: 'variables.tf', text: `variable "environments" {\n  type    = list(string)\n  default = ["dev", "prod"]\n}\n\n${variables({ name: 'root', vpcId: 'vpc-1' })}` },
  ];
  for (let index = 0; index < 48; index++) files.push({ path: `root_${index}.tf`, text: resources('root', index) });
  for (let module = 0; module < modules; module++) {
    files.push({ path: `modules/svc_${module}/variables.tf`, text: variables(undefined) });
    files.push({ path: `modules/svc_${module}/outputs.tf`, text: 'output "role_arn" {\n  value = aws_iam_role.m_0.arn\n}\n' });
    for (let index = 0; index < 7; index++) files.push({ path: `modules/svc_${module}/res_${index}.tf`, text: resources('m', index) });
  }
  return files;
}

/** One file of about `bytes` bytes (1 MB by default), with its variables and locals. */
export function largeTerraformFile(bytes = 1_048_576): string {
  let text = variables({ name: 'big', vpcId: 'vpc-1' });
  for (let index = 0; text.length < bytes; index++) text += resources('r', index);
  return text;
}

/** About 1 KB, a typical small file: a bucket with its sub-resources, a database and a security group. */
export const smallTerraformFile = `variable "environment" {
  default = "dev"
}

resource "aws_s3_bucket" "logs" {
  bucket = "shop-\${var.environment}-logs"
  tags = {
    Environment = var.environment
  }
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = var.environment == "prod" ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_db_instance" "main" {
  identifier        = "shop-\${var.environment}"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
}

resource "aws_security_group" "web" {
  name = "web-\${var.environment}"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;
