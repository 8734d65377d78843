/**
 * Every guide ends with a Resources list (zh-cn: 参考资料) that readers can click through:
 * each item carries at least one Markdown link, and every link in the section goes over https
 * to a real host, not a placeholder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const guidesDir = new URL('../../site/content/guides/', import.meta.url).pathname;

const heading: Record<string, string> = { en: 'Resources', 'zh-cn': '参考资料' };

/** Hosts that only ever appear in examples, or that no reader outside this machine can reach. */
const placeholderHost = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost|local)$|^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])$/i;
const placeholderWord = /\b(todo|tbd|fixme|placeholder|changeme|xxx+)\b|\byour[-_](domain|site|host|bucket|account|org|company|url)\b/i;

/** The body of the `## <title>` section: from its heading to the next `## ` heading or the end. */
function section(text: string, title: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${title}`);
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Top-level list items, with indented continuation lines joined to the item they belong to. */
function listItems(body: string): string[] {
  const items: string[] = [];
  for (const line of body.split('\n')) {
    if (/^[-*+]\s+/.test(line)) items.push(line.replace(/^[-*+]\s+/, ''));
    else if (/^\s+\S/.test(line) && items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items;
}

/** Markdown links `[text](url)`: text and url. */
function markdownLinks(item: string): { text: string; url: string }[] {
  return [...item.matchAll(/\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => ({ text: m[1]!, url: m[2]! }));
}

/** Every URL-looking thing in the section, linked or bare, so a stray http:// cannot hide outside a link. */
function allUrls(body: string): string[] {
  return [...body.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s)<>\]]+/gi)].map((m) => m[0]);
}

function problemsWithUrl(raw: string): string[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [`not a URL: ${raw}`];
  }
  const problems: string[] = [];
  if (url.protocol !== 'https:') problems.push(`not https: ${raw}`);
  if (!url.hostname.includes('.') || placeholderHost.test(url.hostname)) problems.push(`placeholder host: ${raw}`);
  if (placeholderWord.test(url.hostname + url.pathname)) problems.push(`placeholder path: ${raw}`);
  return problems;
}

const cases = Object.keys(heading).flatMap((lang) =>
  readdirSync(join(guidesDir, lang))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const slug = file.replace(/\.mdx$/, '');
      const text = readFileSync(join(guidesDir, lang, file), 'utf8');
      return { lang, slug, body: section(text, heading[lang]!) };
    }),
);

describe('guide Resources sections link to real pages', () => {
  it('finds guides in both languages', () => {
    expect(cases.filter((c) => c.lang === 'en').length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.lang === 'zh-cn').length).toBe(cases.filter((c) => c.lang === 'en').length);
  });

  for (const { lang, slug, body } of cases) {
    it(`${lang}/${slug} lists only linked, https resources`, () => {
      expect(body, `${lang}/${slug} has no "## ${heading[lang]}" section`).toBeDefined();
      const items = listItems(body!);
      expect(items.length, `${lang}/${slug}: the Resources section has no list items`).toBeGreaterThan(0);

      const unlinked = items.filter((item) => !markdownLinks(item).some((link) => link.url.startsWith('https://')));
      expect(unlinked, `${lang}/${slug}: items without an https link`).toEqual([]);

      const emptyText = items.flatMap(markdownLinks).filter((link) => link.text.trim() === '');
      expect(emptyText, `${lang}/${slug}: links without link text`).toEqual([]);

      const bad = [...new Set([...allUrls(body!), ...items.flatMap(markdownLinks).map((link) => link.url)])].flatMap(problemsWithUrl);
      expect(bad, `${lang}/${slug}: links that are not https or point at a placeholder`).toEqual([]);
    });
  }
});

describe('the link checks themselves', () => {
  it('reject http, placeholder hosts and unlinked items', () => {
    expect(problemsWithUrl('https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html')).toEqual([]);
    expect(problemsWithUrl('http://docs.aws.amazon.com/')).toHaveLength(1);
    expect(problemsWithUrl('https://example.com/page')).toHaveLength(1);
    expect(problemsWithUrl('https://docs.example.org/page')).toHaveLength(1);
    expect(problemsWithUrl('https://localhost:4321/guides')).toHaveLength(1);
    expect(problemsWithUrl('https://docs.aws.amazon.com/TODO')).toHaveLength(1);
    expect(markdownLinks('Amazon S3 User Guide: "Logging requests".')).toEqual([]);
    expect(markdownLinks('[Logging requests](https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html) (Amazon S3 User Guide)')).toEqual([
      { text: 'Logging requests', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html' },
    ]);
  });

  it('reads the section up to the next heading and joins continuation lines', () => {
    const body = section('# T\n\n## Resources\n\n- [A](https://a.aws)\n  more\n- B\n\n## After\n- [C](https://c.aws)\n', 'Resources')!;
    expect(listItems(body)).toEqual(['[A](https://a.aws) more', 'B']);
  });
});
