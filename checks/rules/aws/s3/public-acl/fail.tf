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

# ACLs turned back on and Block Public Access off: the ACL makes the bucket public.
resource "aws_s3_bucket" "share" {
  bucket = "example-share"
}

resource "aws_s3_bucket_ownership_controls" "share" {
  bucket = aws_s3_bucket.share.id
  rule {
    object_ownership = "ObjectWriter"
  }
}

resource "aws_s3_bucket_public_access_block" "share" {
  bucket                  = aws_s3_bucket.share.id
  block_public_acls       = false
  ignore_public_acls      = false
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_acl" "share" {
  bucket = aws_s3_bucket.share.id
  acl    = "public-read" # expect: AWS-S3-PUBLIC-ACL
}
