/** AWS-OPENSEARCH-LEGACY-TYPE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'OpenSearch 域使用当前的 OpenSearch Service 资源类型声明',
  problem: 'OpenSearch 域使用旧的 Elasticsearch 资源类型声明',
  rationale:
    'AWS::Elasticsearch::Domain 和 aws_elasticsearch_domain 仍然可用，但 AWS 已用 AWS::OpenSearchService::Domain 和 aws_opensearch_domain 取代它们：新类型既能运行 OpenSearch，也能运行 Elasticsearch 引擎版本，较新的域设置也只加在新类型上。迁移正在运行的域需要小心，因为直接改类型会替换掉域，所以最好趁模板里依赖它的资源还不多时完成。',
  messages: {
    legacy: '{domain} 使用旧的 Elasticsearch 资源类型 {type} 声明',
  },
  fixNotes: {
    'was AWS::Elasticsearch::Domain: retain, remove, then import the live domain': '原为 AWS::Elasticsearch::Domain：先保留、再移出堆栈，然后导入正在运行的域',
    'was ElasticsearchVersion: "7.10"': '原为 ElasticsearchVersion: "7.10"',
    'was ElasticsearchClusterConfig': '原为 ElasticsearchClusterConfig',
    'was aws_elasticsearch_domain: move the state with removed and import blocks': '原为 aws_elasticsearch_domain：用 removed 块和 import 块迁移状态',
    'was elasticsearch_version = "7.10"': '原为 elasticsearch_version = "7.10"',
  },
  checkedAgainst: '2824d1b0794f79c1',
});
