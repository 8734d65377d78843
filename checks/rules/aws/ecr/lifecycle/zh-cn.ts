/** AWS-ECR-LIFECYCLE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'ECR 存储库通过生命周期策略让旧镜像过期',
  problem: 'ECR 存储库没有生命周期策略，推送的镜像全部保留',
  rationale:
    '每次构建都会推送一个新镜像，而 ECR 会保留所有镜像，直到它们被删除，于是多年来再也不会运行的镜像一直在产生存储费用。生命周期策略会自动删除未打标签的镜像，以及最近几个发布版本之外的所有镜像。',
  messages: {
    noPolicy: '存储库 {repository} 没有生命周期策略，因此推送的每个镜像都会一直存储（并计费），直到手动删除',
  },
  fixNotes: {},
  checkedAgainst: 'afdc26018229ac02',
});
