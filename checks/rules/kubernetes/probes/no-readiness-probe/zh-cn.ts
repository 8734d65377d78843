/** K8S-NO-READINESS-PROBE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '长期运行的容器配置了就绪探针',
  problem: '长期运行的容器没有就绪探针',
  rationale:
    '没有就绪探针，Pod 的容器一启动就被视为就绪，Service 会在它预热期间就把请求发过来，在它过载或与数据库断开时也照发不误。滚动更新时，这会变成用户看到的错误；就绪探针会先挡住流量，直到容器能够应答。',
  messages: {
    missing: '容器 {container} 没有 `readinessProbe`，一启动就会接收流量',
  },
  fixNotes: {
    'fails while warming up or cut off from dependencies': '预热期间或与依赖断开时返回失败',
  },
  checkedAgainst: '8deefa9877ee69ba',
});
