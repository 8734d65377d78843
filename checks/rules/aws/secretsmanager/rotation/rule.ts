import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-SECRETSMANAGER-ROTATION',
  title: 'Secrets Manager secrets rotate on a schedule',
  problem: 'Secrets Manager secret has no rotation schedule',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'A secret that is never rotated stays valid for as long as any copy of it survives: in a log, a laptop or a former employee’s notes. A rotation schedule has Secrets Manager replace the value on a schedule, through a rotation Lambda function or managed rotation, so a leaked value stops working within one period. Secrets that cannot be rotated automatically still deserve a written manual process and a suppression that says so.',
  guide: 'manage-secrets',
  reads: ['aws.secretsmanager.secret'],
  messages: {
    none: 'secret {secret} has no {property} that targets it, so its value never changes',
  },
  fix: {
    cloudformation: `Transform: AWS::SecretsManager-2020-07-23   # needed for HostedRotationLambda
Resources:
  DatabaseSecretRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref DatabaseSecret
      HostedRotationLambda:
        RotationType: PostgreSQLSingleUser   # or RotationLambdaARN: your own function
      RotationRules:
        ScheduleExpression: rate(30 days)`,
    terraform: `resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate_db.arn
  rotation_rules {
    automatically_after_days = 30
  }
}`,
  },
  equivalents: { checkov: ['CKV2_AWS_57'] },

  check(model, report) {
    for (const secret of model.of('aws.secretsmanager.secret')) {
      const rotation = secret.rotation;
      if (rotation.state !== 'known' || rotation.value) continue;
      report(secret, rotation.at, 'none', { secret: secret.name, property: propertyName(rotation, 'rotation schedule') });
    }
  },
});
