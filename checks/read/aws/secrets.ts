/** Rotation of Secrets Manager secrets, settled the same way in every format once the schedules are read. */
import type { SecretsManagerSecret } from '../../model/aws/data.ts';
import { known, unknownAttr } from '../../model/types.ts';

/** A rotation schedule of the stack targets the secret. */
export function markRotated(secret: SecretsManagerSecret): void {
  secret.rotation = known(true, secret.rotation.at, secret.rotation.property);
}

/** A schedule whose target cannot be resolved may rotate any secret not yet known to rotate. */
export function markRotationUnknown(secrets: readonly SecretsManagerSecret[]): void {
  for (const secret of secrets) if (secret.rotation.state === 'known' && !secret.rotation.value) secret.rotation = unknownAttr(secret.rotation.at, secret.rotation.property);
}
