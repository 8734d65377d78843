import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('review Markdown', () => {
  it('renders headings, lists and code', () => {
    const html = renderMarkdown('## Findings\n\n- Use `aws:SecureTransport`\n');
    expect(html).toContain('<h2>Findings</h2>');
    expect(html).toContain('<code>aws:SecureTransport</code>');
  });

  it('escapes raw HTML and refuses script links', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))');
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('marks links as external without a referrer', () => {
    expect(renderMarkdown('[guide](https://example.com/a)')).toContain('rel="noopener noreferrer nofollow"');
  });
});
