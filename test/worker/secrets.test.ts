/**
 * Secrets pasted into an upload never leave it: not into the stored copy in R2, not into the report in any
 * format, not onto the shareable HTML page. Checking still reads the original text, so the API finds exactly
 * what the CLI finds (a masked `HttpTokens: required` once made a hardened instance look insecure).
 */
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../checks/index.ts';

/** Tokens are assembled here so no scanner mistakes this file for a leak. */
const token = (...parts: string[]) => parts.join('');

/** Every planted secret, by kind; each value is what must never be seen again. */
const planted = {
  noEchoDefault: 'plant01-noecho-default',
  secretNamedDefault: 'plant02-named-default',
  foldedPassword: 'plant03-folded-password',
  passwordWithCommaAndHash: 'plant04,with#hash',
  slackWebhook: 'B0PLANT05/plant05slackwebhookpath',
  postgresPassword: 'plant06-pg',
  mysqlPassword: 'plant07-my',
  mongoPassword: 'plant08-mongo',
  adoNetPassword: 'plant09-ado',
  httpsPassword: 'plant10-https',
  awsAccessKeyId: token('AKIA', 'PLANT11EXAMPLE12'),
  awsSecretAccessKey: 'plant12/K7MDENG/bPxRfiCYEXAMPLEKEYabcdef',
  githubToken: token('ghp', '_', 'plant13aaaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
  slackToken: token('xoxb', '-', 'plant14-123456789012'),
  stripeKey: token('sk', '_live_', 'plant15abcdefghijk'),
  googleApiKey: token('AIza', 'Plant16aaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
  jwt: token('eyJhbGciOiJIUzI1NiJ9', '.eyJwbGFudCI6IjE3In0abc', '.plant17signatureabcdefghij'),
  genericApiKey: 'plant18-generic-api-key',
  clientSecret: 'plant19-client-secret',
  userDataExport: 'plant20-userdata',
  userDataFlag: 'plant21-flag',
  privateKeyBody: 'MIIEplant22privatekeybodyAAAA',
  githubFineGrained: token('github', '_pat_', 'plant23_aaaaaaaaaaaaaaaaaaaa'),
  jsonNoEchoDefault: 'plant24-json-noecho',
  jsonPassword: 'plant25-json-password',
  literalBlockSecret: 'plant26-literal-block',
} as const;

const stack = `AWSTemplateFormatVersion: "2010-09-09"
Description: A stack with secrets pasted in; none of them may be stored or shown.
Parameters:
  SeedValue:
    Type: String
    NoEcho: true
    Default: ${planted.noEchoDefault}
  AdminPassword:
    Type: String
    Default: ${planted.secretNamedDefault}
Resources:
  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      MasterUsername: app
      MasterUserPassword: >-
        ${planted.foldedPassword}
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: app
      MasterUserPassword: ${planted.passwordWithCommaAndHash}
  ResolvedCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: app
      MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}'
  Api:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::111122223333:role/app
      Code:
        ZipFile: |
          def handler(event, context):
              return None
      Environment:
        Variables:
          SLACK_WEBHOOK_URL: https://hooks.slack.com/services/T0PLANT05/${planted.slackWebhook}
          DATABASE_URL: postgres://app:${planted.postgresPassword}@db.internal:5432/app
          MYSQL_URL: mysql://root:${planted.mysqlPassword}@mysql.internal/app
          MONGO_URL: mongodb+srv://admin:${planted.mongoPassword}@cluster0.example.net/app
          SQLSERVER_CONNECTION: "Server=tcp:db,1433;Database=app;User Id=sa;Password=${planted.adoNetPassword};"
          REPOSITORY_URL: https://deploy:${planted.httpsPassword}@git.example.com/app.git
          AWS_ACCESS_KEY_ID: ${planted.awsAccessKeyId}
          AWS_SECRET_ACCESS_KEY: ${planted.awsSecretAccessKey}
          GITHUB_TOKEN: ${planted.githubToken}
          SLACK_BOT: ${planted.slackToken}
          STRIPE: ${planted.stripeKey}
          MAPS: ${planted.googleApiKey}
          SESSION: ${planted.jwt}
          API_KEY: ${planted.genericApiKey}
          CLIENT_SECRET: ${planted.clientSecret}
          DEPLOY: ${planted.githubFineGrained}
          DB_PASSWORD_REF: !Ref SeedValue
  Server:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
      MetadataOptions:
        HttpTokens: required
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          export DB_PASSWORD=${planted.userDataExport}
          mysql -h db.internal --password ${planted.userDataFlag} -e "select 1"
          echo "\${AdminPassword}" > /dev/null
  SigningKey:
    Type: AWS::SSM::Parameter
    Properties:
      Type: String
      Value: |
        -----BEGIN RSA PRIVATE KEY-----
        ${planted.privateKeyBody}
        -----END RSA PRIVATE KEY-----
  Signer:
    Type: AWS::SSM::Parameter
    Properties:
      Type: String
      Description: |
        Rotated monthly.
      Value: plain
    Metadata:
      Secret: |
        ${planted.literalBlockSecret}
  Users:
    Type: AWS::Cognito::UserPool
    Properties:
      Policies:
        PasswordPolicy:
          MinimumLength: 14
  UsersClient:
    Type: AWS::Cognito::UserPoolClient
    Properties:
      UserPoolId: !Ref Users
      AccessTokenValidity: 60
`;

const jsonStack = JSON.stringify(
  {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: { Seed: { Type: 'String', NoEcho: 'true', Default: planted.jsonNoEchoDefault } },
    Resources: {
      Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', DBInstanceClass: 'db.t4g.micro', MasterUsername: 'admin', MasterUserPassword: planted.jsonPassword } },
    },
  },
  null,
  2,
);

const files = [
  { name: 'stack.yaml', content: stack },
  { name: 'stack.json', content: jsonStack },
];

let ip = 0;
const upload = () =>
  SELF.fetch('https://plumbline.test/api/reviews', {
    method: 'POST',
    body: JSON.stringify({ files }),
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': `10.13.0.${++ip}` },
  });

type Created = { id: string; findings: { ruleId: string; file: string; line: number; column: number }[] };

function expectNoSecretIn(where: string, text: string) {
  const leaked = Object.entries(planted).filter(([, secret]) => text.includes(secret));
  expect(
    leaked.map(([kind]) => kind),
    `secrets visible in ${where}`,
  ).toEqual([]);
}

describe('secrets in uploads', () => {
  it('plants at least 21 secrets of different kinds, each in the upload as written', () => {
    expect(Object.keys(planted).length).toBeGreaterThanOrEqual(21);
    for (const secret of Object.values(planted)) expect(stack + jsonStack).toContain(secret);
  });

  it('never stores a secret: the R2 copies are masked and keep every line and column', async () => {
    const response = await upload();
    expect(response.status).toBe(201);
    const created = await response.json<Created>();
    const { results } = await env.DB.prepare('SELECT path, sha256 FROM review_files WHERE review_id = ? ORDER BY ordinal').bind(created.id).all<{ path: string; sha256: string }>();
    expect(results.map((row) => row.path)).toEqual(['stack.yaml', 'stack.json']);
    for (const [index, row] of results.entries()) {
      const storedText = await (await env.FILES.get(`files/${row.sha256}`))!.text();
      expectNoSecretIn(`the stored ${row.path}`, storedText);
      const original = files[index]!.content;
      expect(storedText.split('\n').map((line) => line.length)).toEqual(original.split('\n').map((line) => line.length));
    }
  });

  it('keeps references and ordinary settings readable in the stored copy', async () => {
    const created = await (await upload()).json<Created>();
    const row = await env.DB.prepare('SELECT sha256 FROM review_files WHERE review_id = ? AND path = ?').bind(created.id, 'stack.yaml').first<{ sha256: string }>();
    const storedText = await (await env.FILES.get(`files/${row!.sha256}`))!.text();
    for (const visible of [
      'HttpTokens: required',
      "MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}'",
      'DB_PASSWORD_REF: !Ref SeedValue',
      'echo "${AdminPassword}"',
      'MinimumLength: 14',
      'AccessTokenValidity: 60',
      'postgres://app:',
      '@db.internal:5432/app',
    ]) {
      expect(storedText).toContain(visible);
    }
  });

  it('shows no secret in the report, in any format', async () => {
    const response = await upload();
    const body = await response.text();
    expectNoSecretIn('the upload response', body);
    const { id } = JSON.parse(body) as Created;
    for (const format of ['json', 'sarif', 'markdown', 'junit']) {
      const report = await SELF.fetch(`https://plumbline.test/api/reviews/${id}?format=${format}`);
      expect(report.status).toBe(200);
      expectNoSecretIn(`the ${format} report`, await report.text());
    }
  });

  it('shows no secret on the HTML report page, where the findings on those lines are highlighted', async () => {
    const { id, findings } = await (await upload()).json<Created>();
    expect(findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['AWS-LAMBDA-ENV-SECRETS', 'AWS-RDS-PLAINTEXT-PASSWORD']));
    for (const path of [`/reviews/${id}`, `/zh-cn/reviews/${id}`]) {
      const page = await SELF.fetch(`https://plumbline.test${path}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<mark>');
      expect(html).toContain('█');
      expectNoSecretIn(`the page ${path}`, html);
    }
  });

  it('finds what the engine finds on the original text, so the API agrees with the CLI', async () => {
    const { findings } = await (await upload()).json<Created>();
    const cli = checkSources(files.map((file) => ({ path: file.name, content: file.content })));
    const places = (list: Created['findings']) => list.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line}:${finding.column}`).sort();
    expect(places(findings)).toEqual(places(cli.findings));
    expect(findings.filter((finding) => finding.ruleId === 'AWS-EC2-IMDSV2')).toEqual([]);
  });
});
