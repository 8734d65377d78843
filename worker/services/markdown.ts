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

/**
 * Markdown with task lists (`- [ ] item`, `- [x] item`) shown as boxes, for runbooks that are printed and
 * ticked off. Works on the rendered HTML: user text is already escaped there, so `<li>[ ] ` can only come
 * from a list item that starts with a box.
 */
export function renderTaskListMarkdown(markdown: string): string {
  return renderMarkdown(markdown).replace(/<li>(<p>)?\[([ xX])\] /g, (_match, paragraph: string | undefined, mark: string) => {
    const done = mark !== ' ';
    return `<li class="task${done ? ' task-done' : ''}">${paragraph ?? ''}<span class="task-box" aria-hidden="true">${done ? '☑' : '☐'}</span> `;
  });
}
