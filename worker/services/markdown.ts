/**
 * Reviewers write Markdown; customers see HTML. markdown-it with raw HTML switched off escapes every tag a
 * reviewer (or a pasted snippet) might contain and refuses javascript:, vbscript: and data: links, so the
 * output is safe to put in a page under our CSP.
 */
import MarkdownIt from 'markdown-it';

const renderer = new MarkdownIt({ html: false, linkify: true, typographer: false });

// Links in a review open outside the page without handing it a referrer or an opener.
const defaultLinkOpen = renderer.renderer.rules['link_open'] ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
renderer.renderer.rules['link_open'] = (tokens, index, options, env, self) => {
  tokens[index]!.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(markdown: string): string {
  return renderer.render(markdown);
}
