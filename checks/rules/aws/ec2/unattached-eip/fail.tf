variable "image_id" {
  type = string
}

variable "create_server" {
  type    = bool
  default = false
}

variable "zone_id" {
  type = string
}

resource "aws_eip" "reserved" { # expect: AWS-EC2-UNATTACHED-EIP
  domain = "vpc"
}

resource "aws_instance" "server" {
  count         = var.create_server ? 1 : 0
  ami           = var.image_id
  instance_type = "t3.micro"
}

# Without the server (the default), nothing takes the address.
resource "aws_eip" "server" { # expect: AWS-EC2-UNATTACHED-EIP
  domain   = "vpc"
  instance = var.create_server ? aws_instance.server[0].id : null
}

# A DNS record reads the address; it does not attach it.
resource "aws_eip" "published_only" { # expect: AWS-EC2-UNATTACHED-EIP
  domain = "vpc"
}

resource "aws_route53_record" "app" {
  zone_id = var.zone_id
  name    = "app.example.com"
  type    = "A"
  ttl     = 300
  records = [aws_eip.published_only.public_ip]
}
