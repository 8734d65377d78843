/**
 * `aws_secretsmanager_secret`, and the `aws_secretsmanager_secret_rotation` resources that target it (or the
 * inline `rotation_rules` older providers accepted). A rotation whose `secret_id` names no secret of the
 * configuration (a variable, a literal ARN) may rotate any of them, so those become unknown.
 */
import { markRotated, markRotationUnknown } from '../../../read/aws/secrets.ts';
import type { SecretsManagerSecret } from '../../../model/aws/data.ts';
import { isKnown, known } from '../../../model/types.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { text } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';
import { mentionMatches, mentionsIn } from '../references.ts';

function linkRotation(reader: TfReader, links: Links<TfReader>): void {
  const secrets = links.model.of('aws.secretsmanager.secret');
  const secretId = reader.get('secret_id');
  const mentioned = mentionsIn(reader, secretId);
  const named = text(secretId);
  const targets = secrets.filter(
    (secret) => mentioned.some((mention) => mentionMatches(mention, secret.address)) || (named.state === 'known' && (isKnown(secret.secretName, named.value) || secret.address === named.value)),
  );
  for (const secret of targets) markRotated(secret);
  if (targets.length > 0 || mentioned.length > 0 || named.state === 'known') return;
  markRotationUnknown(secrets);
}

const secretsManager: Mapper<TfReader> = {
  types: ['aws_secretsmanager_secret', 'aws_secretsmanager_secret_rotation'],
  kinds: ['aws.secretsmanager.secret'],

  build(reader, base) {
    if (reader.resource.type !== 'aws_secretsmanager_secret') return undefined;
    const inline = reader.get('rotation_rules').value !== undefined || reader.get('rotation_lambda_arn').value !== undefined;
    const secret: SecretsManagerSecret = {
      ...base,
      kind: 'aws.secretsmanager.secret',
      secretName: text(reader.get('name')),
      // Settled in `link`, once every rotation resource has been seen.
      rotation: known(inline, reader.place, 'aws_secretsmanager_secret_rotation'),
    };
    return secret;
  },

  link(reader, links) {
    if (reader.resource.type === 'aws_secretsmanager_secret_rotation') linkRotation(reader, links);
  },
};
export default secretsManager;
