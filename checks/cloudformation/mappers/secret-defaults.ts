/**
 * Secret settings that take a secret parameter's written default (`NoEcho: true` or a secret-named parameter with a
 * `Default`): the resource joins the model a second time, as `aws.secret.input-defaults`, when any does.
 */
import { secretInputDefaults } from '../../read/aws/secret-defaults.ts';
import type { CfnMapper } from '../mapper.ts';

/** The settings that hold a password, token or secret value, by resource type. */
const secretSettings: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'AWS::RDS::DBInstance': [['MasterUserPassword']],
  'AWS::RDS::DBCluster': [['MasterUserPassword']],
  'AWS::DocDB::DBCluster': [['MasterUserPassword']],
  'AWS::Redshift::Cluster': [['MasterUserPassword']],
  'AWS::RedshiftServerless::Namespace': [['AdminUserPassword']],
  'AWS::ElastiCache::ReplicationGroup': [['AuthToken']],
  'AWS::DirectoryService::MicrosoftAD': [['Password']],
  'AWS::DirectoryService::SimpleAD': [['Password']],
  'AWS::DMS::Endpoint': [['Password']],
  'AWS::OpenSearchService::Domain': [['AdvancedSecurityOptions', 'MasterUserOptions', 'MasterUserPassword']],
  'AWS::Elasticsearch::Domain': [['AdvancedSecurityOptions', 'MasterUserOptions', 'MasterUserPassword']],
  'AWS::SecretsManager::Secret': [['SecretString']],
  'AWS::IAM::User': [['LoginProfile', 'Password']],
};

const mapper: CfnMapper = {
  types: Object.keys(secretSettings),
  kinds: ['aws.secret.input-defaults'],

  link(reader, links) {
    const holder = secretInputDefaults(reader, secretSettings[reader.resource.type] ?? [], links.base(reader.resource.logicalId));
    if (holder) links.model.add(holder);
  },
};
export default mapper;
