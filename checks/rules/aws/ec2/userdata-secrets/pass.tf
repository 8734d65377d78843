variable "db_secret_arn" {
  type = string
}

variable "password_length" {
  type    = number
  default = 32
}

resource "random_id" "suffix" {
  byte_length = 4
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id ${var.db_secret_arn} --query SecretString --output text)
    export DB_PASSWORD
    export PASSWORD_LENGTH=${var.password_length}
    export BUCKET=logs-${random_id.suffix.result}
    sed -i 's/^PasswordAuthentication yes/PasswordAuthentication no/' /etc/ssh/sshd_config
  EOT
}

resource "aws_launch_template" "app" {
  image_id = "ami-0123456789abcdef0"
  user_data = base64encode(templatefile("${path.module}/init.sh", {
    secret_arn = var.db_secret_arn
  }))
}

resource "aws_instance" "per_team" {
  for_each      = { analytics = "analytics/db", marketing = "marketing/db" }
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\nexport DB_SECRET_NAME=${each.value}\n"
}
