import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { maskSecrets } from './index.ts';
import { namesASecret } from './names.ts';

/** Tokens are assembled here so no scanner mistakes this file for a leak. */
const token = (...parts: string[]) => parts.join('');
const githubToken = token('ghp', '_', 'abcdefghijklmnopqrstuvwxyz0123456789');
const slackToken = token('xoxb', '-', '123456789012-abcdefghijkl');
const stripeKey = token('sk', '_live_', 'abcdefghijklmnop1234');
const googleKey = token('AIza', 'SyA1234567890abcdefghijklmnopqrstuv');
const jwt = token('eyJhbGciOiJIUzI1NiJ9', '.eyJzdWIiOiIxMjM0NTY3ODkwIn0', '.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U');

const masked = (text: string) => maskSecrets(text).text;

describe('secret masking', () => {
  it.each([
    ['MasterUserPassword: hunter2secret', 'MasterUserPassword: █████████████'],
    ['  "DB_PASSWORD": "s3cr3t-value",', '  "DB_PASSWORD": "████████████",'],
    ['api_key=abcdef123456', 'api_key=████████████'],
    ['AccessKey: AKIAIOSFODNN7EXAMPLE', 'AccessKey: ████████████████████'],
    [`token: ${githubToken}`, 'token: ████████████████████████████████████████'],
    ['MasterUserPassword: hunter2 # rotate monthly', 'MasterUserPassword: ███████ # rotate monthly'],
  ])('hides %s', (input, expected) => {
    expect(masked(input)).toBe(expected);
  });

  it.each([
    ['a NoEcho parameter default', 'Parameters:\n  Db:\n    Type: String\n    NoEcho: true\n    Default: pa55-default\nResources: {}\n', 'pa55-default'],
    ['a NoEcho parameter default written before NoEcho', 'Parameters:\n  Db:\n    Default: "pa55 default"\n    NoEcho: "true"\n', 'pa55 default'],
    [
      'a NoEcho parameter default in JSON',
      '{\n  "Parameters": {\n    "Db": {\n      "Type": "String",\n      "NoEcho": "true",\n      "Default": "json-pa55"\n    }\n  },\n  "Resources": {}\n}',
      'json-pa55',
    ],
    ['a NoEcho parameter default in minified JSON', '{"Parameters":{"Db":{"NoEcho":true,"Default":"json-min-pa55"}},"Resources":{}}', 'json-min-pa55'],
    ['the default of a parameter named like a secret', 'Parameters:\n  AdminPassword:\n    Type: String\n    Default: Change-Me-123\n', 'Change-Me-123'],
    ['a folded password', 'Properties:\n  MasterUserPassword: >-\n    folded-pa55\n    second-line\n  Engine: mysql\n', 'folded-pa55'],
    ['a literal block password', 'Secret: |\n  literal-pa55\nOther: x\n', 'literal-pa55'],
    ['a password on the line after its key', 'Password:\n  next-line-pa55\nOther: x\n', 'next-line-pa55'],
    ['a value with a comma', 'Password: pa55,with,commas\n', 'pa55,with,commas'],
    ['a value with a hash', 'Password: pa55#hash\n', 'pa55#hash'],
    ['a quoted value with a comma and a hash', '"Password": "q,pa55 #1",\n', 'q,pa55 #1'],
    ['a password in a flow mapping', 'Credentials: {Username: admin, Password: flow-pa55}\n', 'flow-pa55'],
    ['a Slack webhook URL', 'Url: https://hooks.slack.com/services/T0000/B0000/abcdefghijklmnopqrstuvwx\n', 'abcdefghijklmnopqrstuvwx'],
    ['a Postgres connection URL', 'DATABASE_URL: postgres://app:pg-pa55@db.internal:5432/app\n', 'pg-pa55'],
    ['a MySQL connection URL', 'Url: mysql://root:my-pa55@localhost/db\n', 'my-pa55'],
    ['a MongoDB SRV connection URL', 'Url: mongodb+srv://admin:mongo-pa55@cluster0.example.net/db\n', 'mongo-pa55'],
    ['an HTTPS URL with credentials', 'Repo: https://deploy:https-pa55@git.example.com/app.git\n', 'https-pa55'],
    ['an ADO.NET connection string', 'Conn: "Server=tcp:db,1433;Database=app;User Id=sa;Password=ado-pa55;"\n', 'ado-pa55'],
    ['an exported variable in UserData', 'UserData: |\n  #!/bin/bash\n  export DB_PASSWORD=shell-pa55\n', 'shell-pa55'],
    ['a --password flag in UserData', 'UserData: |\n  mysql -h db --password flag-pa55 -e "select 1"\n', 'flag-pa55'],
    ['a --password= flag', 'Command: app --db-password=eq-pa55 --port 80\n', 'eq-pa55'],
    ['aws configure in UserData', 'UserData: |\n  aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['a secret in a JSON UserData string', '{"UserData": "#!/bin/bash\\nexport API_TOKEN=json-shell-pa55\\nstart"}', 'json-shell-pa55'],
    ['a secret in a JSON document inside a string', 'SecretString: \'{"username": "admin", "password": "nested-pa55"}\'\n', 'nested-pa55'],
    ['an AWS secret access key', 'SecretAccessKey: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['an AWS session key id', 'Id: ASIAIOSFODNN7EXAMPLE\n', 'ASIAIOSFODNN7EXAMPLE'],
    ['a GitHub token anywhere', `Description: pushed with ${githubToken} yesterday\n`, githubToken],
    ['a fine-grained GitHub token', `Note: ${token('github', '_pat_', '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz')}\n`, '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz'],
    ['a Slack token', `Note: ${slackToken}\n`, slackToken],
    ['a Stripe secret key', `Note: ${stripeKey}\n`, stripeKey],
    ['a Stripe restricted key', `Note: ${token('rk', '_live_', 'abcdefghijklmnop1234')}\n`, token('rk', '_live_', 'abcdefghijklmnop1234')],
    ['a Google API key', `Note: ${googleKey}\n`, googleKey],
    ['a JWT', `Note: Bearer ${jwt}\n`, jwt],
    ['an Authorization header', 'Authorization: Basic dXNlcjpwYXNz\n', 'dXNlcjpwYXNz'],
    ['a client secret', 'ClientSecret: oauth-client-pa55\n', 'oauth-client-pa55'],
    ['an anchored password', 'Password: &pw anchored-pa55\n', 'anchored-pa55'],
    ['a quoted password that starts with a brace', 'Password: "{braced-pa55}"\n', 'braced-pa55'],
    ['a password in a JSON document escaped inside JSON', '{"SecretString": "{\\"user\\": \\"app\\", \\"password\\": \\"escaped-pa55\\"}"}', 'escaped-pa55'],
  ])('hides %s', (_, input, secret) => {
    const result = masked(input);
    expect(result).not.toContain(secret);
    expect(result.length).toBe(input.length);
  });

  it('hides a PEM private key across lines', () => {
    const pem = 'key: |\n  -----BEGIN RSA PRIVATE KEY-----\n  MIIEabc\n  -----END RSA PRIVATE KEY-----\n';
    expect(masked(pem)).not.toMatch(/MIIEabc|BEGIN RSA/);
  });

  it('hides a private key written on one JSON line and keeps the JSON valid', () => {
    const json = '{"Key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBg\\n-----END PRIVATE KEY-----\\n", "Other": "x"}';
    const result = masked(json);
    expect(result).not.toContain('MIIEvQIBADANBg');
    expect(Object.keys(JSON.parse(result) as object)).toEqual(['Key', 'Other']);
  });

  it('hides a private key whose END line is missing', () => {
    expect(masked('Key: |\n  -----BEGIN OPENSSH PRIVATE KEY-----\n  b3BlbnNzaC1rZXktdjEAAAAA\n  AAAABG5vbmUAAAAEbm9uZQ\nOther: x\n')).not.toMatch(/b3Blbn|AAAABG5v/);
  });

  it.each([
    'MasterUserPassword: !Ref DbPassword',
    'MasterUserPassword: "{{resolve:secretsmanager:prod/db:SecretString:password}}"',
    "DB_PASSWORD: '{{resolve:ssm-secure:/orders/db-password}}'",
    'MasterUserPassword: !Sub "${DbPassword}"',
    'Password: ${DbPassword}',
    'export DB_PASSWORD=$(aws ssm get-parameter --name /db --with-decryption)',
    'Url: !Sub postgres://${User}:${DbPassword}@${Host}/app',
    '"MasterUserPassword": {"Ref": "DbPassword"}',
    'HttpTokens: required',
    'HttpTokens: optional',
    'TokenValidity: 10',
    'AccessTokenValidity: 60',
    'MinimumPasswordLength: 14',
    'PasswordLength: 32',
    'PasswordPolicy:\n  Type: AWS::Cognito::UserPool',
    'SecretArn: arn:aws:secretsmanager:eu-west-1:111122223333:secret:db',
    'ManageMasterUserPassword: true',
    'GenerateStringKey: password',
    'Description: rotate the token every month',
    'ServiceToken: arn:aws:lambda:eu-west-1:111122223333:function:custom',
    "NextToken=response['NextToken']",
    "privateKey = response['keyPair']['PrivateKey']",
    'Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n  Environment:\n    Type: String\n    Default: production',
    'Parameters:\n  DbUser:\n    Type: String\n    NoEcho: false\n    Default: admin',
    'Clone: ssh://git@github.com/org/repo.git',
  ])('keeps the reference or ordinary value in %s', (input) => {
    expect(masked(input)).toBe(input);
  });

  it('keeps every line and column in place', () => {
    const text = `A:\n  Password: supersecret # note\n  Token: ${githubToken}\n  Other: x\n  Url: postgres://a:b-secret@h/db\n`;
    const result = masked(text);
    expect(result.length).toBe(text.length);
    expect(result.split('\n').map((line) => line.length)).toEqual(text.split('\n').map((line) => line.length));
    expect(result).not.toMatch(/supersecret|b-secret/);
  });

  it('leaves YAML and JSON that parse to the same shape', () => {
    const yaml = 'Parameters:\n  Db:\n    NoEcho: true\n    Default: "q\\"uote"\nResources:\n  Fn:\n    Properties:\n      Variables: {DB_PASSWORD: abc, MODE: "x"}\n      Password: \'it\'\'s\'\n';
    const parsed = load(masked(yaml)) as { Resources: { Fn: { Properties: { Variables: Record<string, string> } } } };
    expect(Object.keys(parsed.Resources.Fn.Properties.Variables)).toEqual(['DB_PASSWORD', 'MODE']);
    const json = '{"Password": "a\\"b\\\\", "Env": {"API_TOKEN": "x\\u0041y", "Mode": 1}}';
    expect(JSON.parse(masked(json))).toEqual({ Password: '██████', Env: { API_TOKEN: '████████', Mode: 1 } });
  });

  it('counts each hidden secret once', () => {
    expect(maskSecrets(`Token: ${githubToken}\nPassword: a\n`).count).toBe(2);
    expect(maskSecrets('Name: x\n').count).toBe(0);
  });
});

describe('secret names', () => {
  it.each([
    'MasterUserPassword',
    'DB_PASSWORD',
    'db.password',
    'api_key',
    'x-api-key',
    'ClientSecret',
    'AuthToken',
    'DB_PASS',
    'dbPass',
    '--db-password',
    'SecretAccessKey',
    'SecretString',
    'Passphrase',
  ])('reads %s as a secret', (key) => expect(namesASecret(key)).toBe(true));

  it.each([
    'HttpTokens',
    'TokenValidity',
    'MinimumPasswordLength',
    'PasswordPolicy',
    'SecretArn',
    'Bypass',
    'KeyName',
    'NextToken',
    'ServiceToken',
    'PASSWORD_PARAMETER',
    'SecretStringTemplate',
    'GenerateStringKey',
  ])('reads %s as an ordinary setting', (key) => expect(namesASecret(key)).toBe(false));
});
