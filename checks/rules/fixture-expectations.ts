/** What a fixture announces: `line RULE-ID` for every `# expect: A, B` comment, sorted, as findings are compared. */
export function expectedFindings(text: string): string[] {
  const expected: string[] = [];
  text.split('\n').forEach((line, index) => {
    const match = /#\s*expect:\s*([A-Z0-9, -]+)/.exec(line);
    if (match)
      for (const id of match[1]!
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean))
        expected.push(`${index + 1} ${id}`);
  });
  return expected.sort();
}
