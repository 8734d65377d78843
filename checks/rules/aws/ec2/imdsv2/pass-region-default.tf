# The region requires IMDSv2 for every instance that does not choose: nothing here needs to say it again.
resource "aws_ec2_instance_metadata_defaults" "imdsv2" {
  http_tokens                 = "required"
  http_put_response_hop_limit = 2
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "workers" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
