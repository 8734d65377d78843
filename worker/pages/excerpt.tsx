/** A few lines of source around a finding, with the offending value marked. Text is escaped by JSX. */
import type { Finding } from '../../checks/index.ts';

const context = 2;
const maxLines = 9;

export function SourceExcerpt({ text, finding }: { text: string; finding: Finding }) {
  const lines = text.split('\n');
  const first = Math.max(1, finding.line - context);
  const last = Math.min(lines.length, Math.min(finding.endLine, finding.line + maxLines - context * 2 - 1) + context);
  const width = String(last).length;
  return (
    <pre class="excerpt" tabindex={0}>
      <code>
        {Array.from({ length: last - first + 1 }, (_, index) => {
          const number = first + index;
          const line = (lines[number - 1] ?? '').replace(/\r$/, '');
          const gutter = (
            <span class="gutter" aria-hidden="true">
              {String(number).padStart(width)}{' '}
            </span>
          );
          if (number < finding.line || number > finding.endLine)
            return (
              <span class="line">
                {gutter}
                {line}
                {'\n'}
              </span>
            );
          const start = number === finding.line ? finding.column - 1 : 0;
          const end = number === finding.endLine ? Math.max(start + 1, finding.endColumn - 1) : line.length;
          return (
            <span class="line line-hit">
              {gutter}
              {line.slice(0, start)}
              <mark>{line.slice(start, end)}</mark>
              {line.slice(end)}
              {'\n'}
            </span>
          );
        })}
      </code>
    </pre>
  );
}
