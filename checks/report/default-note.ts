/**
 * "(the default of parameter SshCidr is 0.0.0.0/0, line 5)": the clause a finding gets when the value it is about
 * was nobody's choice for this deployment but a declared default (a CloudFormation parameter's `Default`, a
 * Terraform variable's `default`), so the reader knows to change the default or pass a value.
 */
import type { Place } from '../model/types.ts';
import type { MessagePart } from '../rules/message.ts';
import { maskSecrets } from '../secrets/index.ts';
import { namesASecret } from '../secrets/names.ts';
import { positionAt } from '../source/file.ts';
import type { Language } from '../vocabulary.ts';
import type { Finding } from './schema.ts';

type FromDefault = NonNullable<Finding['fromDefault']>;

/**
 * The report's note for a finding at `at`, when its value is a declared default. The value is left out where it
 * may be a secret: a secret-named parameter or property (`DbPassword`, `MasterUserPassword`), or a value that
 * looks like one, so a report (a SARIF upload, a shared page) never repeats a password the template holds.
 */
export function defaultNote(at: Place): FromDefault | undefined {
  const source = at.fromDefault;
  if (!source) return undefined;
  const property = at.pointer.slice(at.pointer.lastIndexOf('/') + 1);
  const value = source.value;
  const hidden = value === undefined || namesASecret(source.name) || namesASecret(property) || maskSecrets(value).count > 0;
  return { kind: source.kind, name: source.name, ...(hidden ? {} : { value }), file: source.file.path, line: positionAt(source.file, source.start).line };
}

/** The clause as parts; empty without a default. `file` is the finding's file: another file is named. */
export function defaultParts(source: FromDefault | undefined, file: string, language: Language): MessagePart[] {
  if (!source) return [];
  const zh = language === 'zh-cn';
  // An empty default reads as the empty string, not as nothing.
  const shown = source.value === '' ? '""' : (source.value ?? '');
  const other = source.file !== file ? source.file : undefined;
  if (zh) {
    const what = source.kind === 'parameter' ? '参数 ' : '变量 ';
    const where = other ? [{ text: '，' }, { code: other }, { text: ` 第 ${source.line} 行` }] : [{ text: `，第 ${source.line} 行` }];
    const value: MessagePart[] =
      source.value === undefined
        ? [{ text: '（取自' }, { text: what }, { code: source.name }, { text: ' 的默认值' }]
        : [{ text: '（' }, { text: what }, { code: source.name }, { text: ' 的默认值为 ' }, { code: shown }];
    return [...value, ...where, { text: '）' }];
  }
  const what = source.kind === 'parameter' ? 'parameter ' : 'variable ';
  const where = other ? [{ text: `, line ${source.line} of ` }, { code: other }] : [{ text: `, line ${source.line}` }];
  const value: MessagePart[] =
    source.value === undefined
      ? [{ text: ' (from the default of ' }, { text: what }, { code: source.name }]
      : [{ text: ' (the default of ' }, { text: what }, { code: source.name }, { text: ' is ' }, { code: shown }];
  return [...value, ...where, { text: ')' }];
}
