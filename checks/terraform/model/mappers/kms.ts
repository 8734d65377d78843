/**
 * `aws_kms_key` and `aws_kms_external_key`: rotation and what decides whether a key can rotate at all. Terraform
 * has no `Origin`: key material lives in a custom key store when `custom_key_store_id` is set (an external key
 * store with `xks_key_id`), and an external key holds imported material.
 */
import type { KmsKey } from '../../../model/aws/data.ts';
import { absent, known, unknownAttr, type Attr } from '../../../model/types.ts';
import type { Mapper } from '../../../read/build.ts';
import { bool, isUnknown, text } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';

function keyMaterialOrigin(reader: TfReader): Attr<string> {
  const store = reader.get('custom_key_store_id');
  if (store.value === undefined) return absent(store.at, store.property);
  // A store id from a variable with no value may still turn out to be null: the origin is open.
  if (isUnknown(store)) return unknownAttr(store.at, store.property);
  return known(reader.get('xks_key_id').value === undefined ? 'AWS_CLOUDHSM' : 'EXTERNAL_KEY_STORE', store.at, store.property);
}

const kms: Mapper<TfReader> = {
  types: ['aws_kms_key', 'aws_kms_external_key'],
  kinds: ['aws.kms.key'],

  build(reader, base) {
    if (reader.resource.type === 'aws_kms_external_key') {
      const imported: KmsKey = { ...base, kind: 'aws.kms.key', rotation: absent(reader.place), keySpec: absent(reader.place), keyMaterialOrigin: known('EXTERNAL', reader.place) };
      return imported;
    }
    const key: KmsKey = {
      ...base,
      kind: 'aws.kms.key',
      rotation: bool(reader.get('enable_key_rotation')),
      keySpec: text(reader.get('customer_master_key_spec')),
      keyMaterialOrigin: keyMaterialOrigin(reader),
    };
    return key;
  },
};
export default kms;
