import { beforeAll, describe, expect, it } from 'vitest';
import { sourceFile } from '../../source/file.ts';
import { parseErrorOf } from '../detect.ts';
import { loadParser, plain, readFiles, resourceAt } from '../testing.ts';
import { parseAndHoldHcl, takeHclParse } from './held.ts';

beforeAll(loadParser);

const text = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n';

describe('held parses', () => {
  it("hands the parse made for the syntax check to the reader once, placed on the reader's file", () => {
    const checked = parseAndHoldHcl(sourceFile('held/main.tf', text));
    const file = sourceFile('held/main.tf', text);
    const taken = takeHclParse(file);
    if (checked.kind !== 'parsed' || taken.kind !== 'parsed') throw new Error('expected both to parse');
    expect(taken.hcl.body).toBe(checked.hcl.body);
    expect(taken.hcl.file).toBe(file);
    const again = takeHclParse(file);
    expect(again.kind === 'parsed' && again.hcl.body).not.toBe(checked.hcl.body);
  });

  it('parses afresh when the text changed since the syntax check', () => {
    expect(parseErrorOf('changed/main.tf', text)).toBeUndefined();
    const project = readFiles({ 'changed/main.tf': text.replace('"logs"\n', '"audit"\n') });
    expect(plain(resourceAt(project, 'aws_s3_bucket.logs').body)).toEqual({ bucket: 'audit' });
  });
});
