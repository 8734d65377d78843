/**
 * `aws_kms_key` and `aws_kms_external_key`: rotation and what decides whether a key can rotate at all. Terraform
 * has no `Origin`: key material lives in a custom key store when `custom_key_store_id` is set (an external key
 * store with `xks_key_id`), and an external key holds imported material. The key policy is the key's own
 * `policy` or an `aws_kms_key_policy` naming the key.
 */
import type { KmsKey } from '../../../model/aws/data.ts';
import { absent, known, unknownAttr, type Attr } from '../../../model/types.ts';
import type { Mapper } from '../../../read/build.ts';
import type { PolicyDocument } from '../../../model/aws/iam.ts';
import { bool, isUnknown, text } from '../../../read/convert.ts';
import { linkedResource, targetOf } from '../common.ts';
import { policyDocumentOf } from '../policy-documents.ts';
import type { TfReader } from '../reader.ts';

function keyMaterialOrigin(reader: TfReader): Attr<string> {
  const store = reader.get('custom_key_store_id');
  if (store.value === undefined) return absent(store.at, store.property);
  // A store id from a variable with no value may still turn out to be null: the origin is open.
  if (isUnknown(store)) return unknownAttr(store.at, store.property);
  return known(reader.get('xks_key_id').value === undefined ? 'AWS_CLOUDHSM' : 'EXTERNAL_KEY_STORE', store.at, store.property);
}

const kms: Mapper<TfReader> = {
  types: ['aws_kms_key', 'aws_kms_external_key', 'aws_kms_key_policy'],
  kinds: ['aws.kms.key'],

  build(reader, base) {
    if (reader.resource.type === 'aws_kms_external_key') {
      const imported: KmsKey = {
        ...base,
        kind: 'aws.kms.key',
        rotation: absent(reader.place),
        keySpec: absent(reader.place),
        keyMaterialOrigin: known('EXTERNAL', reader.place),
        keyPolicy: undefined,
      };
      return imported;
    }
    const key: KmsKey = {
      ...base,
      kind: 'aws.kms.key',
      rotation: bool(reader.get('enable_key_rotation')),
      keySpec: text(reader.get('customer_master_key_spec')),
      keyMaterialOrigin: keyMaterialOrigin(reader),
      keyPolicy: undefined,
    };
    return key;
  },

  // Policies are read once every resource is known: an `aws_iam_policy_document` is read through the links.
  link(reader, links) {
    const type = reader.resource.type;
    if (type === 'aws_kms_key' || type === 'aws_kms_external_key') {
      const key = links.resource(reader.resource.address);
      if (key?.kind === 'aws.kms.key') key.keyPolicy = policyDocumentOf(reader, reader.get('policy'), links);
      return;
    }
    if (type !== 'aws_kms_key_policy') return;
    const document = policyDocumentOf(reader, reader.get('policy'), links);
    if (!document) return;
    const key = linkedResource(links.model, 'aws.kms.key', targetOf(reader, 'key_id'), () => absent(reader.place));
    if (key) key.keyPolicy = document;
    else if (isUnknown(reader.get('key_id'))) {
      // A policy for a key known only at apply time may be any key's.
      const unreadable: PolicyDocument = { at: document.at, statements: [], unreadable: true };
      for (const candidate of links.model.of('aws.kms.key')) candidate.keyPolicy ??= unreadable;
    }
  },
};
export default kms;
