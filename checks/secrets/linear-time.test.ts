/**
 * Masking runs on every upload before anything is stored, so a slow detector is a denial of service: the
 * regular expressions this replaced took 12-14 s on a 100 KB line. Every detector gets 1 MB of input built to
 * attack it and must finish in under 100 ms (linear scans take a few ms; a quadratic one takes minutes). The
 * figures are printed so a slowdown shows long before the bound is reached.
 */
import { describe, expect, it } from 'vitest';
import { maskSecrets, secretDetectors } from './index.ts';

const size = 1_048_576;
const fill = (unit: string, prefix = '') => prefix + unit.repeat(Math.ceil((size - prefix.length) / unit.length)).slice(0, size - prefix.length);

const adversarial: Record<string, string> = {
  // The three inputs of issue 13.
  'comment of key=value pairs': fill(' a=b', '# '),
  'spaces after a key': fill(' ', 'a:'),
  'BEGIN lines without END': fill('-----BEGIN PRIVATE KEY-----\n'),
  // Attacks on the scanners that replaced the regular expressions.
  'BEGIN then base64 lines': fill('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n', '-----BEGIN PRIVATE KEY-----\n'),
  'BEGIN markers with no label end': fill('-----BEGIN PRIVATE KE'),
  'unterminated quoted password': fill('x', 'password: "'),
  'unterminated quotes on every line': fill('  password: "abc\n'),
  'quoted keys': fill('"a": '),
  'quotes at value starts': fill(":'"),
  'escapes in one string': fill('\\"', '"'),
  'secret keys chained by =': fill('password='),
  'spaced flags': fill('--password '),
  'one long key': fill('a'),
  'one letter that starts token prefixes': fill('x'),
  'blank lines': fill('\n'),
  'backslashes in an open quote': fill('\\', 'Password: "'),
  'URL-like user info': fill('a:b@'),
  'block scalars under secret keys': fill('Password: |\n'),
  'a plain scalar over many lines': fill('  more words\n', 'Password: start\n'),
  'empty secret keys': fill('Password:\n'),
  'flow collections': fill('{['),
  'URL schemes without credentials': fill('://a'),
  'URL user info without @': fill('a:b', 'https://'),
  'access key prefixes': fill('AKIA'),
  'JWT-like runs': fill('eyJabcdefghij.'),
  'webhook prefixes': fill('hooks.slack.com/services/'),
  'many NoEcho parameters': fill('  P:\n    NoEcho: true\n    Default: x\n', 'Parameters:\n'),
  'many JSON parameters': fill('"P": {"NoEcho": "true", "Default": "x"}, ', '{"Parameters": {'),
};

/** Best of five: other work on a shared CI machine only ever adds time. */
function fastest(run: () => unknown): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 5; attempt++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('secret masking on 1 MB of adversarial input', () => {
  const figures: Record<string, Record<string, string>> = {};

  it.each(Object.entries(adversarial))('answers "%s" in linear time', (name, text) => {
    expect(text.length).toBe(size);
    const row: Record<string, string> = {};
    for (const detector of secretDetectors) {
      const ms = fastest(() => detector.find(text));
      row[detector.name] = ms.toFixed(1);
      expect(ms, `${detector.name} on ${name}`).toBeLessThan(100);
    }
    const whole = fastest(() => maskSecrets(text));
    row['maskSecrets (all)'] = whole.toFixed(1);
    expect(whole, `maskSecrets on ${name}`).toBeLessThan(500);
    figures[name] = row;
  });

  it('prints the figures (ms, best of five)', () => {
    console.table(figures);
    expect(Object.keys(figures).length).toBe(Object.keys(adversarial).length);
  });
});
