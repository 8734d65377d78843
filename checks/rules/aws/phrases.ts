/**
 * How AWS findings name the things they are about, in every language: "DB instance Orders", "block device /dev/xvda
 * of launch template Web". A rule passes `phrase('dbInstance', { name })` as a message parameter; the report renders
 * it in the reader's language. Chinese puts the owner first (`{owner} 的块设备 {device}`), which is why these are
 * templates and not words glued together.
 */
import type { Phrase, ParamsOf, PhraseBook } from '../message.ts';

const en = {
  dbInstance: 'DB instance {name}',
  dbCluster: 'DB cluster {name}',
  replicationGroup: 'replication group {name}',
  cacheCluster: 'cache cluster {name}',
  instance: 'instance {name}',
  launchTemplate: 'launch template {name}',
  launchConfiguration: 'launch configuration {name}',
  ebsVolume: 'EBS volume {name}',
  blockDevice: 'block device {device} of {owner}',
  unnamedBlockDevice: 'block device (unnamed) of {owner}',
  dynamodbTable: 'DynamoDB table {name}',
  efsFileSystem: 'EFS file system {name}',
  docdbCluster: 'DocumentDB cluster {name}',
  opensearchDomain: 'OpenSearch domain {name}',
  defaultCacheBehavior: 'the default cache behavior',
  cacheBehavior: 'the cache behavior for {path}',
  applicationLoadBalancer: 'application load balancer {name}',
  networkLoadBalancer: 'network load balancer {name}',
  gatewayLoadBalancer: 'gateway load balancer {name}',
  classicLoadBalancer: 'classic load balancer {name}',
  loadBalancer: 'load balancer {name}',
  listener: '{protocol} listener',
  listenerOnPort: '{protocol} listener on port {port}',
} as const;

type PhraseId = keyof typeof en;

const zhCn: Record<PhraseId, string> = {
  dbInstance: '数据库实例 {name}',
  dbCluster: '数据库集群 {name}',
  replicationGroup: '复制组 {name}',
  cacheCluster: '缓存集群 {name}',
  instance: '实例 {name}',
  launchTemplate: '启动模板 {name}',
  launchConfiguration: '启动配置 {name}',
  ebsVolume: 'EBS 卷 {name}',
  blockDevice: '{owner} 的块设备 {device}',
  unnamedBlockDevice: '{owner} 的未命名块设备',
  dynamodbTable: 'DynamoDB 表 {name}',
  efsFileSystem: 'EFS 文件系统 {name}',
  docdbCluster: 'DocumentDB 集群 {name}',
  opensearchDomain: 'OpenSearch 域 {name}',
  defaultCacheBehavior: '默认缓存行为',
  cacheBehavior: '路径模式 {path} 的缓存行为',
  applicationLoadBalancer: '应用程序负载均衡器 {name}',
  networkLoadBalancer: '网络负载均衡器 {name}',
  gatewayLoadBalancer: '网关负载均衡器 {name}',
  classicLoadBalancer: 'Classic 负载均衡器 {name}',
  loadBalancer: '负载均衡器 {name}',
  listener: '{protocol} 侦听器',
  listenerOnPort: '端口 {port} 上的 {protocol} 侦听器',
};

export const awsPhrases: PhraseBook = { en, 'zh-cn': zhCn };

/** A phrase parameter, held by the compiler to the phrase's placeholders. */
export function phrase<Id extends PhraseId>(id: Id, ...params: keyof ParamsOf<(typeof en)[Id]> extends never ? [] : [ParamsOf<(typeof en)[Id]>]): Phrase {
  return { phrase: id, params: params[0] ?? {} };
}
