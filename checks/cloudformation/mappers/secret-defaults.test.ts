import { describe, expect, it } from 'vitest';
import { cloudFormation } from '../../formats/cloudformation.ts';
import { positionAt } from '../../source/file.ts';
import { buildModel } from '../build.ts';
import { scenariosOf } from '../scenarios.ts';

function defaultsOf(text: string, given: Record<string, string> = {}) {
  const read = cloudFormation.read('t.yaml', text);
  if (read.kind !== 'source') throw new Error(JSON.stringify(read));
  const params = new Map(Object.entries(given));
  const model = buildModel({ template: read.source, params, conditions: scenariosOf(read.source, params)[0]!.conditions }, () => []);
  return model
    .of('aws.secret.input-defaults')
    .flatMap((holder) => holder.defaults.map((entry) => ({ resource: holder.name, property: entry.property, input: entry.input.name, line: positionAt(entry.at.file, entry.at.start).line })));
}

const template = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  AdminPassword:
    Type: String
    NoEcho: true
    Default: hunter2-hunter2
  AdminUser:
    Type: String
    Default: admin
  StoredPassword:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /prod/search/password
Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties:
      AdvancedSecurityOptions:
        Enabled: true
        MasterUserOptions:
          MasterUserName: !Ref AdminUser
          MasterUserPassword: !Ref AdminPassword
  Migration:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: source
      EngineName: postgres
      Username: !Ref AdminUser
      Password: !Ref StoredPassword
`;

describe('secret properties fed by a parameter default', () => {
  it('records the parameter and the line of its Default; a Parameter Store lookup is not a written secret', () => {
    expect(defaultsOf(template)).toEqual([{ resource: 'Search', property: 'MasterUserPassword', input: 'AdminPassword', line: 6 }]);
  });

  it('records nothing once the deployment gives the parameter a value', () => {
    expect(defaultsOf(template, { AdminPassword: 'from-the-pipeline' })).toEqual([]);
  });
});
