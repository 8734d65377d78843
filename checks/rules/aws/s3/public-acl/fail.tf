variable "acl" {
  type    = string
  default = "authenticated-read"
}

resource "aws_s3_bucket" "website" {
  bucket = "example-website"
  acl    = "public-read" # expect: AWS-S3-PUBLIC-ACL
}

resource "aws_s3_bucket" "dropbox" {
  bucket = "example-dropbox"
}

resource "aws_s3_bucket_acl" "dropbox" {
  bucket = aws_s3_bucket.dropbox.id
  acl    = "public-read-write" # expect: AWS-S3-PUBLIC-ACL
}

resource "aws_s3_bucket" "partners" {
  bucket = "example-partners"
}

resource "aws_s3_bucket_acl" "partners" {
  bucket = aws_s3_bucket.partners.id
  acl    = var.acl # expect: AWS-S3-PUBLIC-ACL
}
