import { describe, expect, it } from 'vitest';
import { fixNotes, translateFixNotes } from './fix-comments.ts';

const snippet = `Type: AWS::DynamoDB::Table
Properties:
  BillingMode: PAY_PER_REQUEST     # or keep PROVISIONED and add an
                                   # AWS::ApplicationAutoScaling::ScalableTarget
  # optional
  SSESpecification: { SSEEnabled: true }   # see https://docs.aws.amazon.com/ and "#1"
  # ...`;

describe('fix notes', () => {
  it('are the comments, a wrapped sentence as one note, code and URLs left alone', () => {
    expect(fixNotes(snippet)).toEqual(['or keep PROVISIONED and add an\nAWS::ApplicationAutoScaling::ScalableTarget', 'optional', 'see https://docs.aws.amazon.com/ and "#1"']);
  });

  it('are replaced by their translation at the same column, as many lines as the translation has', () => {
    const translated = translateFixNotes(snippet, {
      'or keep PROVISIONED and add an\nAWS::ApplicationAutoScaling::ScalableTarget': '或者保留 PROVISIONED，\n再添加一个\nScalableTarget',
      optional: '可选',
    });
    expect(translated.split('\n').slice(2, 7)).toEqual([
      '  BillingMode: PAY_PER_REQUEST     # 或者保留 PROVISIONED，',
      '                                   # 再添加一个',
      '                                   # ScalableTarget',
      '  # 可选',
      '  SSESpecification: { SSEEnabled: true }   # see https://docs.aws.amazon.com/ and "#1"',
    ]);
  });

  it('read `//` comments in HCL as well as `#`', () => {
    expect(fixNotes('resource "x" "y" {\n  // keep this\n  a = 1 # and this\n}')).toEqual(['keep this', 'and this']);
  });
});
