/** Mutates every corpus template (truncations, deletions, stray tags and syntax, swapped lines) and checks each: no input may crash the engine. */
import { readFileSync } from 'node:fs';
import { checkSources } from '../../checks/index.ts';

const insertions = ['!Ref', '!If [', ': [', '{{', '&a', '*a', '<<: *a', '\t', '"', '- ', '!Sub ${', '!GetAtt .', '!Select [9, []]'];

export function mutationRun(files: string[], perFile = 30): { runs: number; crashes: string[] } {
  let seed = 42;
  const random = (limit: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % Math.max(1, limit);
  };
  const crashes: string[] = [];
  let runs = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (let index = 0; index < perFile; index++) {
      const at = random(text.length);
      const mutations = [
        () => text.slice(0, at),
        () => text.slice(0, at) + text.slice(at + random(200)),
        () => text.slice(0, at) + insertions[random(insertions.length)] + text.slice(at),
        () => {
          const lines = text.split('\n');
          const [a, b] = [random(lines.length), random(lines.length)];
          [lines[a], lines[b]] = [lines[b]!, lines[a]!];
          return lines.join('\n');
        },
        () => text.replace(/true/g, () => (random(2) ? 'false' : '!Ref Nope')),
      ];
      const mutated = mutations[random(mutations.length)]!();
      runs++;
      try {
        checkSources([{ path: file.endsWith('.json') ? 'mutated.json' : 'mutated.yaml', content: mutated }], { timeBudgetMs: 2000 });
      } catch (error) {
        crashes.push(`${file}: ${(error as Error).message}`);
      }
    }
  }
  return { runs, crashes };
}
