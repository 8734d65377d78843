/**
 * SAM policy templates (`Policies: [{ S3CrudPolicy: { BucketName: uploads } }]`) as the statements the SAM
 * transform generates for them, for the templates functions use most. Facts from SAM's policy template list
 * (aws/serverless-application-model, samtranslator/policy_templates_data/policy_templates.json). `{Name}` in a
 * resource stands for the template parameter; `${AWS::Region}` and the like stay as SAM writes them. A template not
 * listed here is kept as an unreadable document: it grants something, never nothing.
 */
import type { PolicyDocument } from '../model/aws/iam.ts';
import type { Place } from '../model/types.ts';
import { grantedStatement } from './managed-policies.ts';

interface TemplateStatement {
  actions: string[];
  resources: string[];
}

const region = 'arn:${AWS::Partition}:{service}:${AWS::Region}:${AWS::AccountId}:';
const arn = (service: string, rest: string) => region.replace('{service}', service) + rest;
const s3 = (rest: string) => `arn:\${AWS::Partition}:s3:::${rest}`;
const tableArns = [arn('dynamodb', 'table/{TableName}'), arn('dynamodb', 'table/{TableName}/index/*')];
const s3Read = ['s3:GetObject', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObjectVersion', 's3:GetLifecycleConfiguration'];

export const samPolicyTemplates: Readonly<Record<string, TemplateStatement[]>> = {
  SQSPollerPolicy: [
    {
      actions: ['sqs:ChangeMessageVisibility', 'sqs:ChangeMessageVisibilityBatch', 'sqs:DeleteMessage', 'sqs:DeleteMessageBatch', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage'],
      resources: [arn('sqs', '{QueueName}')],
    },
  ],
  SQSSendMessagePolicy: [{ actions: ['sqs:SendMessage*'], resources: [arn('sqs', '{QueueName}')] }],
  SNSPublishMessagePolicy: [{ actions: ['sns:Publish'], resources: [arn('sns', '{TopicName}')] }],
  SNSCrudPolicy: [{ actions: ['sns:ListSubscriptionsByTopic', 'sns:CreateTopic', 'sns:SetTopicAttributes', 'sns:Subscribe', 'sns:Publish'], resources: [arn('sns', '{TopicName}*')] }],
  LambdaInvokePolicy: [{ actions: ['lambda:InvokeFunction'], resources: [arn('lambda', 'function:{FunctionName}*')] }],
  CloudWatchPutMetricPolicy: [{ actions: ['cloudwatch:PutMetricData'], resources: ['*'] }],
  EC2DescribePolicy: [{ actions: ['ec2:DescribeRegions', 'ec2:DescribeInstances'], resources: ['*'] }],
  VPCAccessPolicy: [{ actions: ['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DetachNetworkInterface'], resources: ['*'] }],
  DynamoDBCrudPolicy: [
    {
      actions: [
        'dynamodb:GetItem',
        'dynamodb:DeleteItem',
        'dynamodb:PutItem',
        'dynamodb:Scan',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:BatchGetItem',
        'dynamodb:DescribeTable',
        'dynamodb:ConditionCheckItem',
      ],
      resources: tableArns,
    },
  ],
  DynamoDBReadPolicy: [{ actions: ['dynamodb:GetItem', 'dynamodb:Scan', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:DescribeTable'], resources: tableArns }],
  DynamoDBStreamReadPolicy: [
    { actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'], resources: [arn('dynamodb', 'table/{TableName}/stream/{StreamName}')] },
    { actions: ['dynamodb:ListStreams'], resources: [arn('dynamodb', 'table/{TableName}/stream/*')] },
  ],
  S3ReadPolicy: [{ actions: s3Read, resources: [s3('{BucketName}'), s3('{BucketName}/*')] }],
  S3CrudPolicy: [{ actions: [...s3Read, 's3:PutObject', 's3:PutObjectAcl', 's3:PutLifecycleConfiguration', 's3:DeleteObject'], resources: [s3('{BucketName}'), s3('{BucketName}/*')] }],
  KinesisStreamReadPolicy: [
    { actions: ['kinesis:ListStreams', 'kinesis:DescribeLimits'], resources: [arn('kinesis', 'stream/*')] },
    { actions: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator'], resources: [arn('kinesis', 'stream/{StreamName}')] },
  ],
  KMSDecryptPolicy: [{ actions: ['kms:Decrypt'], resources: [arn('kms', 'key/{KeyId}')] }],
  KMSEncryptPolicy: [{ actions: ['kms:Encrypt'], resources: [arn('kms', 'key/{KeyId}')] }],
  SSMParameterReadPolicy: [
    { actions: ['ssm:DescribeParameters'], resources: ['*'] },
    { actions: ['ssm:GetParameters', 'ssm:GetParameter', 'ssm:GetParametersByPath'], resources: [arn('ssm', 'parameter/{ParameterName}')] },
  ],
  StepFunctionsExecutionPolicy: [{ actions: ['states:StartExecution'], resources: [arn('states', 'stateMachine:{StateMachineName}')] }],
  AWSSecretsManagerGetSecretValuePolicy: [{ actions: ['secretsmanager:GetSecretValue'], resources: ['{SecretArn}'] }],
};

/**
 * The statements a SAM policy template generates, placed where the function names it. `parameters` are the
 * template's arguments as known text; an argument known only at deploy time leaves the resources it names unknown.
 */
export function samTemplateDocument(name: string, parameters: ReadonlyMap<string, string | undefined>, at: Place): PolicyDocument {
  const origin = { kind: 'sam-template', name } as const;
  const template = samPolicyTemplates[name];
  if (!template) return { at, statements: [], unreadable: true, origin };
  const statements = template.map((statement) => {
    const resources = statement.resources.map((resource) => resource.replace(/\{(\w+)\}/g, (_, parameter: string) => parameters.get(parameter) ?? '\u0000'));
    return { ...grantedStatement({ actions: statement.actions, resources: [] }, at), resources: resources.some((resource) => resource.includes('\u0000')) ? undefined : resources };
  });
  return { at, origin, statements };
}
