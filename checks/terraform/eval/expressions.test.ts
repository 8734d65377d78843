import { beforeAll, describe, expect, it } from 'vitest';
import { argument, loadParser, plain, readFiles, resourceAt } from '../testing.ts';

beforeAll(loadParser);

/** The value of `expression` as the `value` argument of a resource, with `prelude` declared beside it. */
function valueOf(expression: string, prelude = '', files: Record<string, string> = {}) {
  const project = readFiles({ 'main.tf': `${prelude}\nresource "test" "probe" {\n  value = ${expression}\n}\n`, ...files });
  return argument(resourceAt(project, 'test.probe'), 'value');
}
const evaluates = (expression: string, prelude = '', files: Record<string, string> = {}) => plain(valueOf(expression, prelude, files));

describe('expressions', () => {
  it('evaluates arithmetic, comparison and logic with HCL precedence', () => {
    expect(evaluates('1 + 2 * 3 - 4 / 2')).toBe(5);
    expect(evaluates('7 % 3 == 1 && !(2 > 3) || false')).toBe(true);
    expect(evaluates('"5" + 1')).toBe(6);
    expect(evaluates('-(1e3)')).toBe(-1000);
  });

  it('chooses a conditional branch and evaluates only that one', () => {
    expect(evaluates('1 < 2 ? "yes" : data.x.y.z')).toBe('yes');
  });

  it('builds strings from templates with directives', () => {
    expect(evaluates('"%{ if true }on%{ else }off%{ endif }-%{ for n in [1, 2] }${n},%{ endfor }"')).toBe('on-1,2,');
  });

  it('keeps the type of a template that is one interpolation', () => {
    expect(evaluates('"${local.tags}"', 'locals {\n  tags = { a = 1 }\n}')).toEqual({ a: 1 });
  });

  it('evaluates for expressions over lists and maps, with filters and grouping', () => {
    expect(evaluates('[for s in ["a", "b", "c"] : upper(s) if s != "b"]')).toEqual(['A', 'C']);
    expect(evaluates('{ for k, v in { b = 2, a = 1 } : v => k }')).toEqual({ 1: 'a', 2: 'b' });
    expect(evaluates('{ for s in ["x1", "x2", "y1"] : substr(s, 0, 1) => s... }')).toEqual({ x: ['x1', 'x2'], y: ['y1'] });
  });

  it('applies splats and indexes', () => {
    expect(evaluates('local.items[*].name', 'locals {\n  items = [{ name = "a" }, { name = "b" }]\n}')).toEqual(['a', 'b']);
    expect(evaluates('local.m["k"].x[1]', 'locals {\n  m = { k = { x = [10, 20] } }\n}')).toBe(20);
  });

  it('evaluates the common functions', () => {
    expect(evaluates('lookup({ a = 1 }, "b", 2)')).toBe(2);
    expect(evaluates('merge({ a = 1, b = 1 }, { b = 2 })')).toEqual({ a: 1, b: 2 });
    expect(evaluates('concat(["a"], ["b", "c"])')).toEqual(['a', 'b', 'c']);
    expect(evaluates('format("%s-%03d", "web", 7)')).toBe('web-007');
    expect(evaluates('join(",", split("-", "a-b-c"))')).toBe('a,b,c');
    expect(evaluates('[length("héllo"), length([1, 2]), length({ a = 1 })]')).toEqual([5, 2, 1]);
    expect(evaluates('element(["a", "b"], 3)')).toBe('b');
    expect(evaluates('contains(["a", "b"], "b")')).toBe(true);
    expect(evaluates('[keys({ b = 1, a = 2 }), values({ b = 1, a = 2 })]')).toEqual([
      ['a', 'b'],
      [2, 1],
    ]);
    expect(evaluates('coalesce("", null, "x")')).toBe('x');
    expect(evaluates('[tostring(1), tonumber("2"), tolist(toset(["b", "a", "b"])), tomap({ a = 1 })]')).toEqual(['1', 2, ['a', 'b'], { a: 1 }]);
    expect(evaluates('jsonencode({ b = [1, true], a = "<x>" })')).toBe('{"a":"\\u003cx\\u003e","b":[1,true]}');
    expect(evaluates('jsondecode("{\\"a\\": [1, null]}")')).toEqual({ a: [1, '<unknown>'] });
    expect(evaluates('replace(lower("Hello World"), "/o/", "0")')).toBe('hell0 w0rld');
    expect(evaluates('upper(replace("a.b", ".", "-"))')).toBe('A-B');
    expect(evaluates('[cidrsubnet("10.0.0.0/16", 8, 2), cidrsubnet("fd00::/56", 8, 1), cidrhost("10.0.1.0/24", 5)]')).toEqual(['10.0.2.0/24', 'fd00:0:0:1::/64', '10.0.1.5']);
  });

  it('evaluates try and can by whether their arguments fail', () => {
    expect(evaluates('try(local.m.missing, "fallback")', 'locals {\n  m = {}\n}')).toBe('fallback');
    expect(evaluates('[can(local.m.missing), can(local.m)]', 'locals {\n  m = {}\n}')).toEqual([false, true]);
  });

  it('reads file and templatefile only from the files given', () => {
    const files = { 'policy.json': '{"Effect": "Allow"}', 'user-data.tpl': '#!/bin/sh\necho ${name}\n%{ for p in ports ~}\nopen ${p}\n%{ endfor ~}\n' };
    expect(evaluates('file("${path.module}/policy.json")', '', files)).toBe('{"Effect": "Allow"}');
    expect(evaluates('templatefile("user-data.tpl", { name = "web", ports = [22, 80] })', '', files)).toBe('#!/bin/sh\necho web\nopen 22\nopen 80\n');
    expect(evaluates('file("/etc/passwd")')).toBe('<unknown>');
  });

  it('keeps apply-time values unknown and everything built from them', () => {
    const prelude = 'resource "aws_s3_bucket" "b" {}\ndata "aws_caller_identity" "me" {}';
    expect(valueOf('aws_s3_bucket.b.arn', prelude)).toMatchObject({ kind: 'ref', address: 'aws_s3_bucket.b', attribute: 'arn' });
    expect(valueOf('"${aws_s3_bucket.b.arn}/*"', prelude)).toMatchObject({ kind: 'unknown', why: 'aws_s3_bucket.b.arn is known only after apply' });
    expect(valueOf('data.aws_caller_identity.me.account_id', prelude)).toMatchObject({ kind: 'unknown' });
    expect(valueOf('upper(data.aws_caller_identity.me.account_id)', prelude)).toMatchObject({ kind: 'unknown' });
    expect(valueOf('uuid()')).toMatchObject({ kind: 'unknown' });
    expect(valueOf('terraform.workspace == "prod" ? 1 : 2')).toMatchObject({ kind: 'unknown' });
    expect(evaluates('false && data.aws_caller_identity.me.id == ""', prelude)).toBe(false);
  });

  it('keeps a null argument as "not set"', () => {
    const project = readFiles({ 'main.tf': 'resource "t" "r" {\n  a = null\n  b = [null]\n}\n' });
    const body = resourceAt(project, 't.r').body;
    expect(body.kind === 'map' && body.entries.get('a')?.value).toBeUndefined();
    expect(body.kind === 'map' && body.entries.has('a')).toBe(true);
  });
});
