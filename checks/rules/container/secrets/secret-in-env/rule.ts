import { defineRule } from '../../../rule.ts';
import { isSecretValue } from '../../../secret-names.ts';

export default defineRule({
  id: 'CONTAINER-SECRET-IN-ENV',
  title: 'Containers take secrets from a secret store, not from literal environment values',
  problem: 'Container has a secret written as a literal environment value',
  pillar: 'security',
  severity: 'high',
  rationale:
    'A value written in the configuration is stored wherever the configuration is, in version control, CI logs and every copy of the file, and anyone who can read the workload definition through the platform API can read it too. Keep the secret in a secret store and let the platform inject it, so access to it is granted, audited and rotated on its own.',
  guide: 'manage-secrets',
  reads: ['workload'],
  messages: {
    literal: 'environment variable {variable} of container {container} looks like a secret and is written as a literal value',
  },
  fix: {
    kubernetes: `containers:
  - name: api
    env:
      - name: DB_PASSWORD
        valueFrom:
          secretKeyRef:   # a Secret, or one synced from your secret store
            name: api-db
            key: password`,
    compose: `services:
  api:
    secrets:
      - db_password   # mounted at /run/secrets/db_password
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
secrets:
  db_password:
    file: ./secrets/db_password.txt   # kept out of version control`,
    cloudformation: `ContainerDefinitions:
  - Name: api
    Secrets:
      - Name: DB_PASSWORD
        ValueFrom: !Ref DatabaseSecret   # a Secrets Manager secret or SSM parameter ARN`,
    terraform: `container_definitions = jsonencode([{
  name = "api"
  secrets = [{
    name      = "DB_PASSWORD"
    valueFrom = aws_secretsmanager_secret.db.arn
  }]
}])`,
  },
  equivalents: { trivy: ['AVD-AWS-0036'], kube_linter: ['env-var-secret'], polaris: ['sensitiveContainerEnvVar'] },

  check(model, report) {
    for (const workload of model.of('workload'))
      for (const container of workload.containers)
        for (const variable of container.env)
          if (variable.value.state === 'known' && isSecretValue(variable.name, variable.value.value))
            report(workload, variable.value.at, 'literal', { variable: variable.name, container: container.name });
  },
});
