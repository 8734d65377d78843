/** CONTAINER-IMAGE-LATEST in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '容器镜像指定版本标签',
  problem: '容器镜像使用 latest 标签或未指定标签',
  rationale:
    '不带标签的镜像就是 `latest`，它指向最后一次推送的内容：相隔一小时启动的两台主机可能运行不同的代码，回滚时重新部署的也仍是这个会变的标签，而不是上一个版本。请指定不可变的版本标签（或摘要），确保每次启动运行的都是经过测试的镜像。',
  messages: {
    untagged: '容器 {container} 运行的镜像 {image} 未指定标签，因此会拉取 `latest`',
    latest: '容器 {container} 运行的镜像 {image} 使用 `latest` 标签',
  },
  fixNotes: {
    'a release tag, never latest': '使用发布版本标签，不要用 latest',
  },
  checkedAgainst: '046a72b133961223',
});
