/**
 * Secret arguments that take a secret variable's written default (`sensitive = true` or a secret-named variable with
 * a `default`): the resource joins the model a second time, as `aws.secret.input-defaults`, when any does.
 */
import type { Mapper } from '../../../read/build.ts';
import { secretInputDefaults } from '../../../read/aws/secret-defaults.ts';
import type { TfReader } from '../reader.ts';

/** The arguments that hold a password, token or secret value, by resource type (`_wo`: the write-only form). */
const secretArguments: Readonly<Record<string, readonly (readonly string[])[]>> = {
  aws_db_instance: [['password'], ['password_wo']],
  aws_rds_cluster: [['master_password'], ['master_password_wo']],
  aws_docdb_cluster: [['master_password']],
  aws_redshift_cluster: [['master_password'], ['master_password_wo']],
  aws_redshiftserverless_namespace: [['admin_user_password'], ['admin_user_password_wo']],
  aws_elasticache_replication_group: [['auth_token']],
  aws_directory_service_directory: [['password']],
  aws_dms_endpoint: [['password']],
  aws_opensearch_domain: [['advanced_security_options', 'master_user_options', 'master_user_password']],
  aws_elasticsearch_domain: [['advanced_security_options', 'master_user_options', 'master_user_password']],
  aws_secretsmanager_secret_version: [['secret_string'], ['secret_string_wo']],
};

const mapper: Mapper<TfReader> = {
  types: Object.keys(secretArguments),
  kinds: ['aws.secret.input-defaults'],

  link(reader, links) {
    const holder = secretInputDefaults(reader, secretArguments[reader.resource.type] ?? [], links.base(reader.resource.address));
    if (holder) links.model.add(holder);
  },
};
export default mapper;
