/** A synthetic but realistic CloudFormation template of about 1 MB and exactly 500 resources, for the benchmark. */

const kinds = [
  (index: number) => `  Bucket${index}:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "\${AWS::StackName}-data-${index}"
      VersioningConfiguration:
        Status: !If [IsProd, Enabled, Suspended]
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        IgnorePublicAcls: true
        BlockPublicPolicy: true
        RestrictPublicBuckets: !Ref RestrictBuckets
      LifecycleConfiguration:
        Rules:
          - Id: tier
            Status: Enabled
            Transitions:
              - StorageClass: STANDARD_IA
                TransitionInDays: 30
`,
  (index: number) => `  Group${index}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: !Join [" ", [service, "${index}", !Ref Environment]]
      VpcId: !Ref VpcId
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !FindInMap [Network, !Ref Environment, AdminCidr]
`,
  (index: number) => `  Instance${index}:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: !FindInMap [Sizes, !Ref Environment, Instance]
      ImageId: !Ref ImageId
      SubnetId: !Select [0, !Ref Subnets]
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs:
            VolumeType: gp2
            VolumeSize: 50
            Encrypted: !If [IsProd, true, false]
`,
  (index: number) => `  Function${index}:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Role: !GetAtt Role.Arn
      MemorySize: 512
      Code:
        ZipFile: |
          def handler(event, context):
              return {"statusCode": 200, "body": "ok ${index}"}
      Environment:
        Variables:
          TABLE: !Sub "\${AWS::StackName}-table-${index}"
          STAGE: !Ref Environment
`,
  (index: number) => `  Queue${index}:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 60
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt DeadLetters.Arn
        maxReceiveCount: 5
  Logs${index}:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Sub "/app/\${AWS::StackName}/${index}"
      RetentionInDays: 30
`,
];

const header = `AWSTemplateFormatVersion: "2010-09-09"
Description: Synthetic 1 MB template for the Plumbline benchmark
Parameters:
  Environment:
    Type: String
    Default: dev
    AllowedValues: [dev, staging, prod]
  RestrictBuckets:
    Type: String
    Default: "true"
  VpcId:
    Type: AWS::EC2::VPC::Id
  ImageId:
    Type: AWS::EC2::Image::Id
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
Mappings:
  Sizes:
    dev: { Instance: t3.micro }
    staging: { Instance: m5.large }
    prod: { Instance: m7g.xlarge }
  Network:
    dev: { AdminCidr: 10.0.0.0/8 }
    staging: { AdminCidr: 10.0.0.0/8 }
    prod: { AdminCidr: 10.1.0.0/16 }
Conditions:
  IsProd: !Equals [!Ref Environment, prod]
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
  DeadLetters:
    Type: AWS::SQS::Queue
`;

export function largeTemplate(targetBytes = 1_000_000, resourceCount = 500): string {
  const parts: string[] = [header];
  let count = 2;
  let index = 0;
  while (count < resourceCount) {
    const make = kinds[index % kinds.length]!;
    const block = make(index);
    const blockResources = (block.match(/^ {2}\w+:$/gm) ?? []).length;
    if (count + blockResources > resourceCount) break;
    parts.push(block);
    count += blockResources;
    index++;
  }
  let text = parts.join('');
  // Pad bucket tags so the file reaches the target size without adding resources.
  const buckets = (text.match(/^ {4}Type: AWS::S3::Bucket$/gm) ?? []).length;
  const perBucket = Math.max(0, Math.floor((targetBytes - text.length) / Math.max(1, buckets)) - 60);
  if (perBucket > 0) {
    text = text.replace(/^( {4}Type: AWS::S3::Bucket\n {4}Properties:\n)/gm, (_, head: string) => `${head}      Tags:\n        - Key: note\n          Value: "${'x'.repeat(perBucket)}"\n`);
  }
  return text;
}
