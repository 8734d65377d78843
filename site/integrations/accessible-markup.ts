/**
 * Accessibility fixes applied to every guide's HTML as it is rendered:
 * - GitHub-style task lists render `<input type="checkbox" disabled>` with no label (WCAG 4.1.2):
 *   each checkbox is named by the text of its list item.
 * - Code blocks scroll sideways; keyboard users must be able to focus them to scroll (WCAG 2.1.1).
 */
import { defineHastPlugin } from 'satteri';

export const accessibleMarkup = defineHastPlugin({
  name: 'plumbline-accessible-markup',
  element: [
    {
      filter: ['input'],
      visit(node, ctx) {
        if (node.properties?.['type'] !== 'checkbox') return;
        const item = ctx.parent(node);
        if (item?.type !== 'element' || item.tagName !== 'li') return;
        // Only the item's own line: nested lists belong to their own checkboxes.
        ctx.setProperty(node, 'ariaLabel', ctx.textContent(item).trim().split('\n')[0]!.replace(/\s+/g, ' '));
      },
    },
    {
      filter: ['pre'],
      visit(node, ctx) {
        ctx.setProperty(node, 'tabIndex', 0);
      },
    },
  ],
});
