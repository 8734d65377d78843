/**
 * The finding the home page shows: the engine run at build time on the web-stack example the upload page offers,
 * so the excerpt is a real report's finding, in the reader's language, and can never drift from what a visitor
 * gets when they try the same example.
 */
// Vite inlines the file at build time, so the page needs no file system when it renders.
import source from '../public/examples/web-stack.yaml?raw';
import { checkSources, findingText, type Finding, type FindingText, type Language } from '../../checks/index.ts';

const examplePath = 'web-stack.yaml';
const exampleRule = 'AWS-EC2-SG-OPEN-ADMIN-PORTS';
/** Lines of source shown above the finding's line, enough to see which ingress rule it is. */
const linesBefore = 3;

export interface HomeExample {
  finding: Finding;
  text: FindingText;
  /** The finding's line and the few before it, numbered as in the file, their common indent removed. */
  sourceLines: { number: number; text: string }[];
}

const report = checkSources([{ path: examplePath, content: source }]);
const finding = report.findings.find((candidate) => candidate.ruleId === exampleRule);
if (!finding) throw new Error(`The home page's example expects ${exampleRule} in ${examplePath}; the example or the rule changed.`);

export function homeExample(language: Language): HomeExample {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, finding!.line - linesBefore);
  const shown = lines.slice(first - 1, finding!.line);
  // The excerpt sits deep in the template; its common indent is dropped so a narrow card still shows the values.
  const indent = Math.min(...shown.map((text) => /^ */.exec(text)![0].length));
  const sourceLines = shown.map((text, index) => ({ number: first + index, text: text.slice(indent) }));
  return { finding: finding!, text: findingText(finding!, language), sourceLines };
}
