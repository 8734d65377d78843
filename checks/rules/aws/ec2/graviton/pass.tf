variable "image_id" {
  type = string
}

variable "instance_type" {
  type = string
}

data "aws_ami" "windows" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["Windows_Server-2022-English-Full-Base-*"]
  }
}

data "aws_ssm_parameter" "windows_ami" {
  name = "/aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base"
}

resource "aws_instance" "app" {
  ami           = var.image_id
  instance_type = "m7g.large"
}

# No Graviton counterpart for this family.
resource "aws_instance" "gpu" {
  ami           = var.image_id
  instance_type = "g5.xlarge"
}

resource "aws_instance" "chosen" {
  ami           = var.image_id
  instance_type = var.instance_type
}

resource "aws_launch_template" "workers" {
  image_id      = var.image_id
  instance_type = "c7g.xlarge"
}

# Windows does not run on Graviton.
resource "aws_instance" "windows_server" {
  ami           = data.aws_ami.windows.id
  instance_type = "m5.large"
}

resource "aws_launch_template" "windows_workers" {
  image_id      = data.aws_ssm_parameter.windows_ami.value
  instance_type = "m5.large"
}

# Takes the Windows image of its template.
resource "aws_instance" "from_windows_template" {
  instance_type = "m5.large"

  launch_template {
    id = aws_launch_template.windows_workers.id
  }
}
