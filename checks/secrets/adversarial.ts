/** 1 MB inputs built to attack each secret detector: shared by the linear-time test and `npm run bench`. */

export const size = 1_048_576;
const fill = (unit: string, prefix = '') => prefix + unit.repeat(Math.ceil((size - prefix.length) / unit.length)).slice(0, size - prefix.length);

export const adversarial: Record<string, string> = {
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
