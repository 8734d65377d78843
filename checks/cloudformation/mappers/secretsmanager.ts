/**
 * AWS::SecretsManager::Secret, and the rotation schedules that target it. A schedule names its secret by `Ref`
 * (directly, or through an `AWS::SecretsManager::SecretTargetAttachment`, whose `Ref` is the secret's ARN) or by
 * name; one whose target cannot be resolved may rotate any secret of the stack, so those become unknown.
 */
import { markRotated, markRotationUnknown } from '../../read/aws/secrets.ts';
import type { SecretsManagerSecret } from '../../model/aws/data.ts';
import { isKnown, known } from '../../model/types.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { referencedResource, text, type ResourceReader } from '../read.ts';

/** A secret's written name, or text no ARN contains. */
const valueOrEmpty = (attr: SecretsManagerSecret['secretName']) => (attr.state === 'known' ? attr.value : '\u0000');

/** The logical id of the secret a schedule targets, following a target attachment to its secret. */
function targetId(reader: ResourceReader, links: Links): string | undefined {
  const id = referencedResource(reader.get('SecretId'));
  const attachment = id ? links.reader(id) : undefined;
  if (attachment?.resource.type === 'AWS::SecretsManager::SecretTargetAttachment') return referencedResource(attachment.get('SecretId'));
  return id;
}

function linkSchedule(reader: ResourceReader, links: Links): void {
  const secrets = links.model.of('aws.secretsmanager.secret');
  const id = targetId(reader, links);
  const named = text(reader.get('SecretId'));
  const target =
    id !== undefined
      ? secrets.find((secret) => secret.name === id)
      : named.state === 'known'
        ? secrets.find((secret) => isKnown(secret.secretName, named.value) || named.value.includes(`:secret:${valueOrEmpty(secret.secretName)}-`))
        : undefined;
  if (target) {
    markRotated(target);
    return;
  }
  // A reference to another resource or a name of another secret: nothing in this stack is rotated by it.
  if (id !== undefined || named.state === 'known') return;
  markRotationUnknown(secrets);
}

const secretsManager: CfnMapper = {
  types: ['AWS::SecretsManager::Secret', 'AWS::SecretsManager::RotationSchedule'],
  kinds: ['aws.secretsmanager.secret'],

  build(reader, base) {
    if (reader.resource.type !== 'AWS::SecretsManager::Secret') return undefined;
    const secret: SecretsManagerSecret = {
      ...base,
      kind: 'aws.secretsmanager.secret',
      secretName: text(reader.get('Name')),
      // Settled in `link`, once every rotation schedule has been seen.
      rotation: known(false, reader.place, 'AWS::SecretsManager::RotationSchedule'),
    };
    return secret;
  },

  link(reader, links) {
    if (reader.resource.type === 'AWS::SecretsManager::RotationSchedule') linkSchedule(reader, links);
  },
};
export default secretsManager;
