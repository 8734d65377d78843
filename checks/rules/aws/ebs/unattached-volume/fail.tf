resource "aws_ebs_volume" "scratch" { # expect: AWS-EBS-UNATTACHED-VOLUME
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
  encrypted         = true
}

resource "aws_ebs_volume" "per_shard" { # expect: AWS-EBS-UNATTACHED-VOLUME, AWS-EBS-UNATTACHED-VOLUME
  for_each          = toset(["a", "b"])
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
  encrypted         = true
}
