variable "db_password" {
  type      = string
  sensitive = true
}

variable "api_token" {
  type    = string
  default = "tok-1234567890"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = "prod/db"
  secret_string = var.db_password
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    export DB_PASSWORD=${var.db_password} # expect: AWS-EC2-USERDATA-SECRETS
    export API_TOKEN=${var.api_token} # expect: AWS-EC2-USERDATA-SECRETS
    echo '${aws_secretsmanager_secret_version.db.secret_string}' > /etc/app/db.json # expect: AWS-EC2-USERDATA-SECRETS
  EOT
}

resource "aws_launch_template" "app" {
  image_id = "ami-0123456789abcdef0"
  user_data = base64encode(<<-EOT
    #!/bin/bash
    export SIGNING_KEY="k3y-Material-9" # expect: AWS-EC2-USERDATA-SECRETS
  EOT
  )
}

resource "aws_instance" "per_team" {
  for_each      = { analytics = "$(/opt/fetch-secret.sh)", marketing = "Marketing#2024" }
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\nexport ADMIN_PASSWORD=${each.value}\n" # expect: AWS-EC2-USERDATA-SECRETS
}

resource "aws_launch_configuration" "legacy" {
  image_id         = "ami-0123456789abcdef0"
  instance_type    = "t3.micro"
  user_data_base64 = base64encode("#cloud-config\nchpasswd:\n  list: |\n    root:Passw0rd\nwrite_files:\n  - content: |\n      -----BEGIN OPENSSH PRIVATE KEY-----\n") # expect: AWS-EC2-USERDATA-SECRETS
}
