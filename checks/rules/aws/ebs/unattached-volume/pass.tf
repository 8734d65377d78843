variable "image_id" {
  type = string
}

resource "aws_instance" "server" {
  ami           = var.image_id
  instance_type = "m7g.large"
}

resource "aws_ebs_volume" "data" {
  availability_zone = aws_instance.server.availability_zone
  size              = 100
  type              = "gp3"
  encrypted         = true
}

resource "aws_volume_attachment" "data" {
  device_name = "/dev/sdf"
  volume_id   = aws_ebs_volume.data.id
  instance_id = aws_instance.server.id
}
