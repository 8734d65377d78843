import { describe, expect, it } from 'vitest';
import { resourcesOf, value, where } from './support/snippets.ts';

describe('aws_kms_key', () => {
  it('reads rotation, the key spec and where the key material lives', () => {
    const keys = resourcesOf(
      `resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

resource "aws_kms_key" "signing" {
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_key" "hsm" {
  custom_key_store_id = "cks-1234567890abcdef0"
}

resource "aws_kms_key" "xks" {
  custom_key_store_id = "cks-1234567890abcdef1"
  xks_key_id          = "external-key-1"
}

resource "aws_kms_external_key" "imported" {
  description = "Imported"
}
`,
      'aws.kms.key',
    );
    expect(where(keys.get('aws_kms_key.data')!.rotation)).toEqual({ value: true, line: 2, property: 'enable_key_rotation' });
    expect(value(keys.get('aws_kms_key.data')!.keyMaterialOrigin)).toBe('absent');
    expect(value(keys.get('aws_kms_key.signing')!.keySpec)).toBe('ECC_NIST_P256');
    expect(where(keys.get('aws_kms_key.hsm')!.keyMaterialOrigin)).toEqual({ value: 'AWS_CLOUDHSM', line: 11, property: 'custom_key_store_id' });
    expect(value(keys.get('aws_kms_key.xks')!.keyMaterialOrigin)).toBe('EXTERNAL_KEY_STORE');
    expect(value(keys.get('aws_kms_external_key.imported')!.keyMaterialOrigin)).toBe('EXTERNAL');
  });
});
