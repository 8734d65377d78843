import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ArchiveError, expandArchives, expandZip } from './zip.ts';

const limits = { maxTotalBytes: 5 * 1024 * 1024, maxFiles: 50 };
const template = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n';
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function refusal(run: () => unknown): ArchiveError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArchiveError) return error;
    throw error;
  }
  throw new Error('expected the archive to be refused');
}

describe('expandZip', () => {
  it('keeps the paths inside the archive and skips directories and non-templates', () => {
    const zip = zipSync({ infra: { net: { 'vpc.yaml': strToU8(template) } }, 'app.json': strToU8('{}'), 'README.md': strToU8('# hi') });
    const { files, skipped } = expandZip('project.zip', zip, limits);
    expect(files.map((file) => file.path).sort()).toEqual(['app.json', 'infra/net/vpc.yaml']);
    expect(text(files.find((file) => file.path === 'infra/net/vpc.yaml')!.bytes)).toBe(template);
    expect(skipped).toEqual([expect.objectContaining({ level: 'skipped', code: 'not-a-template', file: 'README.md' })]);
  });

  it('reads stored (uncompressed) entries as well as deflated ones', () => {
    const zip = zipSync({ 'a.yaml': [strToU8(template), { level: 0 }], 'b.yaml': [strToU8(template), { level: 9 }] });
    expect(expandZip('p.zip', zip, limits).files.map((file) => text(file.bytes))).toEqual([template, template]);
  });

  it('cleans traversal out of entry names', () => {
    const zip = zipSync({ '../../etc/evil.yaml': strToU8(template), '/abs/x.yaml': strToU8(template), 'C:\\win\\y.yaml': strToU8(template) });
    expect(
      expandZip('p.zip', zip, limits)
        .files.map((file) => file.path)
        .sort(),
    ).toEqual(['abs/x.yaml', 'etc/evil.yaml', 'win/y.yaml']);
  });

  it('quietly leaves out macOS resource forks and dot files', () => {
    const zip = zipSync({ '__MACOSX/._a.yaml': strToU8('\u0000\u0005'), '.github/x.yaml': strToU8('a: 1'), 'a.yaml': strToU8(template) });
    const { files, skipped } = expandZip('p.zip', zip, limits);
    expect(files.map((file) => file.path)).toEqual(['a.yaml']);
    expect(skipped).toEqual([]);
  });

  it('refuses a zip bomb from its declared size before inflating it', () => {
    const zip = zipSync({ 'bomb.yaml': new Uint8Array(50 * 1024 * 1024) });
    const error = refusal(() => expandZip('bomb.zip', zip, limits));
    expect(error).toMatchObject({ status: 413, code: 'too-large', file: 'bomb.zip' });
    // The declared 50 MB, not the few MB an inflater would have reached: nothing was unpacked.
    expect(error.message).toMatch(/more than 50\.0 MB/);
  });

  it('refuses an entry compressed beyond the ratio limit', () => {
    const zip = zipSync({ 'zeros.yaml': new Uint8Array(1024 * 1024) });
    expect(refusal(() => expandZip('p.zip', zip, limits))).toMatchObject({ status: 413, code: 'compression-ratio', file: 'p.zip: zeros.yaml' });
  });

  it('refuses while inflating when the declared sizes lie', () => {
    const zip = zipSync({ 'liar.yaml': new Uint8Array(8 * 1024 * 1024) });
    // Rewrite the declared uncompressed size (local header offset 22, central directory offset 24) to 100 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(22, 100, true);
    const central = zip.length - 22 - 46 - 'liar.yaml'.length;
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    view.setUint32(central + 24, 100, true);
    expect(refusal(() => expandZip('p.zip', zip, { ...limits, maxRatio: 100_000 }))).toMatchObject({ status: 413, code: 'too-large' });
    expect(refusal(() => expandZip('p.zip', zip, limits))).toMatchObject({ status: 413, code: 'compression-ratio' });
  });

  it('refuses a nested archive, naming the entry', () => {
    const inner = zipSync({ 'a.yaml': strToU8(template) });
    const zip = zipSync({ 'a.yaml': strToU8(template), 'vendor/inner.zip': inner });
    expect(refusal(() => expandZip('outer.zip', zip, limits))).toMatchObject({ status: 415, code: 'nested-archive', file: 'outer.zip: vendor/inner.zip' });
  });

  it('refuses more templates than a review takes', () => {
    const zip = zipSync(Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`t${index}.yaml`, strToU8(template)])));
    expect(refusal(() => expandZip('p.zip', zip, limits))).toMatchObject({ status: 413, code: 'too-many-files' });
  });

  it('refuses an archive with too many entries of any kind', () => {
    const zip = zipSync(Object.fromEntries(Array.from({ length: 1001 }, (_, index) => [`n${index}.txt`, strToU8('x')])));
    expect(refusal(() => expandZip('p.zip', zip, limits))).toMatchObject({ status: 413, code: 'too-many-entries' });
  });

  it('refuses bytes that are not a zip archive', () => {
    expect(refusal(() => expandZip('p.zip', strToU8('not a zip at all'), limits))).toMatchObject({ status: 415, code: 'invalid-archive' });
  });
});

describe('expandArchives', () => {
  it('replaces each archive with its templates and leaves other files as they are', () => {
    const loose = { path: 'loose.yaml', bytes: strToU8(template) };
    const { files } = expandArchives([loose, { path: 'p.zip', bytes: zipSync({ 'in/a.yaml': strToU8(template) }) }], limits);
    expect(files.map((file) => file.path)).toEqual(['loose.yaml', 'in/a.yaml']);
  });

  it('gives an archive only what the files beside it left of the limits', () => {
    const loose = Array.from({ length: 49 }, (_, index) => ({ path: `l${index}.yaml`, bytes: strToU8(template) }));
    const zip = zipSync({ 'a.yaml': strToU8(template), 'b.yaml': strToU8(template) });
    expect(refusal(() => expandArchives([...loose, { path: 'p.zip', bytes: zip }], limits))).toMatchObject({ status: 413, code: 'too-many-files' });
  });
});
