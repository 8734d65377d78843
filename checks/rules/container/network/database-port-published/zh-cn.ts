/** CONTAINER-DATABASE-PORT-PUBLISHED in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '数据库端口未发布到主机的所有网络接口',
  problem: '容器把数据库端口发布到了主机的所有网络接口',
  rationale:
    '未指定主机地址发布的端口可以从主机的每个网络接口访问，包括公网接口，而且 Docker 会把自己的防火墙规则插在主机防火墙之前。以这种方式暴露的数据库和缓存会不断被探测弱密码和免认证的默认配置；请让应用通过容器网络访问它们，或把端口绑定到 127.0.0.1。',
  messages: {
    published: '容器 {container} 在所有网络接口的主机端口 {hostPort} 上发布了 {database}',
    randomPort: '容器 {container} 在所有网络接口的随机主机端口上发布了 {database}',
  },
  fixNotes: {
    'local tools only; or no ports: the app uses the service name': '仅供本机工具使用；也可以完全不发布端口，应用通过服务名访问',
    'no hostPort: reach it through a ClusterIP Service': '不设 hostPort：通过 ClusterIP 类型的 Service 访问',
    'the task gets its own interface, guarded by its security group': '任务拥有自己的网络接口，由其安全组保护',
  },
  checkedAgainst: '5ff4a12924672202',
});
