/** "(only when condition IsProd is false)": the clause a finding gets when it holds under some condition values only. */
import type { MessagePart } from '../rules/message.ts';
import type { Language } from '../vocabulary.ts';
import type { Finding } from './schema.ts';

type Conditions = NonNullable<Finding['conditions']>;

/** The clause as parts, empty when the finding holds whatever the conditions are. */
export function conditionParts(conditions: Conditions, language: Language): MessagePart[] {
  if (conditions.length === 0) return [];
  const each = (condition: Conditions[number]): MessagePart[] =>
    language === 'zh-cn'
      ? [{ text: '条件 ' }, { code: condition.name }, { text: ' 为 ' }, { code: String(condition.value) }]
      : [{ text: 'condition ' }, { code: condition.name }, { text: ' is ' }, { code: String(condition.value) }];
  const joined = conditions.flatMap((condition, index) => [...(index === 0 ? [] : [{ text: language === 'zh-cn' ? ' 且' : ' and ' }]), ...each(condition)]);
  return language === 'zh-cn' ? [{ text: '（仅当' }, ...joined, { text: ' 时）' }] : [{ text: ' (only when ' }, ...joined, { text: ')' }];
}
