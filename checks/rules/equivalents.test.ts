import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from './index.ts';

/** `| Rule | Peer | Id | Source | Note |` rows of the verified table (before the "Removed" section). */
function verifiedRows(): Set<string> {
  const text = readFileSync(new URL('./equivalents-verified.md', import.meta.url), 'utf8');
  const table = text.split(/^## /m)[0]!;
  const rows = new Set<string>();
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length >= 6 && /^[A-Z]+-/.test(cells[1]!)) rows.add(`${cells[1]} ${cells[2]} ${cells[3]}`);
  }
  return rows;
}

describe('peer equivalents', () => {
  it('names only ids verified in the peer’s own source, each listed in equivalents-verified.md', () => {
    const verified = verifiedRows();
    const unverified = allRules.flatMap((rule) =>
      Object.entries(rule.equivalents).flatMap(([peer, ids]) => (ids ?? []).map((id) => `${rule.id} ${peer} ${id}`).filter((row) => rule.id.startsWith('AWS-') && !verified.has(row))),
    );
    expect(unverified).toEqual([]);
  });
});
