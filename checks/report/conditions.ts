/**
 * "(only when condition IsProd is false, as in the default deployment)": the clause a finding gets when it holds
 * under some condition values only, saying whether the deployment with every parameter at its default is one of them.
 */
import type { MessagePart } from '../rules/message.ts';
import type { Language } from '../vocabulary.ts';
import type { Finding } from './schema.ts';

type Conditions = NonNullable<Finding['conditions']>;

/** The clause as parts, empty when the finding holds whatever the conditions are. */
export function conditionParts(conditions: Conditions, language: Language, inDefaultDeployment?: boolean): MessagePart[] {
  if (conditions.length === 0) return [];
  const zh = language === 'zh-cn';
  const each = (condition: Conditions[number]): MessagePart[] =>
    zh
      ? [{ text: '条件 ' }, { code: condition.name }, { text: ' 为 ' }, { code: String(condition.value) }]
      : [{ text: 'condition ' }, { code: condition.name }, { text: ' is ' }, { code: String(condition.value) }];
  const joined = conditions.flatMap((condition, index) => [...(index === 0 ? [] : [{ text: zh ? ' 且' : ' and ' }]), ...each(condition)]);
  const deployment: MessagePart[] =
    inDefaultDeployment === undefined
      ? []
      : zh
        ? [{ text: inDefaultDeployment ? '，默认部署即是如此' : '；默认部署中不会出现' }]
        : [{ text: inDefaultDeployment ? ', as in the default deployment' : '; not in the default deployment' }];
  return zh ? [{ text: '（仅当' }, ...joined, { text: ' 时' }, ...deployment, { text: '）' }] : [{ text: ' (only when ' }, ...joined, ...deployment, { text: ')' }];
}
