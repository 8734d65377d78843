import { describe, expect, it } from 'vitest';
import { BOM, bestPracticesCsv, csvColumns, csvField, csvRecords } from './best-practices-csv.ts';
import { realGuides, sampleGuide } from './fixtures.ts';

/** A strict RFC 4180 reader, to check that what the export writes reads back to the same fields. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
      } else if (char === '"') {
        quoted = false;
        index += 1;
      } else {
        field += char;
        index += 1;
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${index}`);
      quoted = true;
      index += 1;
    } else if (char === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`bare line break outside quotes at ${index}`);
    } else {
      field += char;
      index += 1;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

describe('CSV fields', () => {
  it('quotes only fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField('')).toBe('');
  });

  it('ends every record with CRLF', () => {
    expect(
      csvRecords([
        ['a', 'b'],
        ['c', 'd,e'],
      ]),
    ).toBe('a,b\r\nc,"d,e"\r\n');
  });
});

describe('best-practices CSV export', () => {
  it('starts with a BOM and the header row', () => {
    const csv = bestPracticesCsv([sampleGuide()], { locale: 'en' });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('id,kind,title,pillar,services,risk,summary,desired_outcome,anti_patterns,benefits,checks,last_reviewed,url');
  });

  it('writes lists joined with "; " and reads back to the same values', () => {
    const guide = sampleGuide({ services: ['s3', 'cloudfront'], summary: 'Line one,\nline "two".' });
    const [header, row] = parseCsv(bestPracticesCsv([guide], { locale: 'en' }).slice(1));
    expect(header).toEqual([...csvColumns]);
    expect(Object.fromEntries(header!.map((column, index) => [column, row![index]]))).toEqual({
      id: 'SEC-01',
      kind: 'guide',
      title: guide.title,
      pillar: 'security',
      services: 's3; cloudfront',
      risk: 'high',
      summary: 'Line one,\nline "two".',
      desired_outcome: guide.desiredOutcome,
      anti_patterns: guide.antiPatterns.join('; '),
      benefits: guide.benefits.join('; '),
      checks: 'AWS-S3-PUBLIC-ACL; AWS-S3-NOT-YET-A-RULE',
      last_reviewed: '2026-11-20',
      url: 'https://plumbline.dev/guides/s3-block-public-access/',
    });
  });

  it('encodes as UTF-8 with the EF BB BF byte order mark', () => {
    const bytes = new TextEncoder().encode(bestPracticesCsv([sampleGuide({ lang: 'zh-cn', title: '默认阻止公开访问' })], { locale: 'zh-cn' }));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it.each(['en', 'zh-cn'] as const)('writes one well-formed row per real %s guide, sorted by id', (locale) => {
    const guides = realGuides(locale);
    const records = parseCsv(bestPracticesCsv(guides, { locale }).slice(1));
    expect(records).toHaveLength(guides.length + 1);
    for (const record of records) expect(record).toHaveLength(csvColumns.length);
    const ids = records.slice(1).map((record) => record[0]);
    expect(ids).toEqual([...ids].sort());
  });
});
