/** CONTAINER-IMAGE-NOT-PINNED in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '容器镜像通过摘要固定',
  problem: '容器镜像未通过摘要固定',
  rationale:
    '标签只是一个名字，任何对仓库有推送权限的人都能把它移走，因此即使配置没有改动，`web:1.4.2` 背后的镜像也可能因误推送或镜像仓库被入侵而改变。摘要（`@sha256:…`）指向确切的内容：运行时拒绝其他任何内容，配置里也记录了经过审查的版本。',
  messages: {
    tagOnly: '容器 {container} 运行的镜像 {image} 未通过摘要（`@sha256:`）固定',
  },
  fixNotes: {
    'the tag stays for readers; the digest decides what runs': '标签留给人看，实际运行什么由摘要决定',
  },
  checkedAgainst: '11cea485d32bdd61',
});
