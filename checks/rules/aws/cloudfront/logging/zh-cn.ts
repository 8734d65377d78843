/** AWS-CLOUDFRONT-LOGGING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CloudFront 分配写入标准访问日志',
  problem: 'CloudFront 分配未写入访问日志',
  rationale: '标准日志记录 CloudFront 处理的每一个查看器请求：客户端、路径、状态码、缓存结果和边缘站点。标准日志默认关闭；没有它们，事后就无法追查滥用行为、热点路径或缓存未命中。',
  messages: {
    noLogging: '分配 {distribution} 没有访问日志（既没有 {property} 配置，也没有日志传输）',
  },
  fixNotes: {},
  checkedAgainst: '8bd300b9563ee5b2',
});
