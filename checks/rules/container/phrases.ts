/**
 * How container findings name what they are about, in every language: "container api of `Deployment` web",
 * "service web" (Compose: the service is its one container), "container api of task definition Web" (ECS).
 * Chinese puts the owner first, which is why these are phrases and not words glued together.
 */
import type { Container, Workload } from '../../model/workload.ts';
import type { ParamsOf, Phrase, PhraseBook } from '../message.ts';

const en = {
  podContainer: 'container {container} of {kind} {workload}',
  podInitContainer: 'init container {container} of {kind} {workload}',
  podWorkload: '{kind} {workload}',
  composeService: 'service {service}',
  taskContainer: 'container {container} of task definition {taskDefinition}',
  taskDefinition: 'task definition {taskDefinition}',
} as const;

type PhraseId = keyof typeof en;

const zhCn: Record<PhraseId, string> = {
  podContainer: '{kind} {workload} 的容器 {container}',
  podInitContainer: '{kind} {workload} 的 Init 容器 {container}',
  podWorkload: '{kind} {workload}',
  composeService: '服务 {service}',
  taskContainer: '任务定义 {taskDefinition} 的容器 {container}',
  taskDefinition: '任务定义 {taskDefinition}',
};

export const containerPhrases: PhraseBook = { en, 'zh-cn': zhCn };

function phrase<Id extends PhraseId>(id: Id, params: ParamsOf<(typeof en)[Id]>): Phrase {
  return { phrase: id, params };
}

/** The workload as a finding names it: `Deployment` web, service web, task definition Web. */
export function workloadName(workload: Workload): Phrase {
  if (workload.platform === 'compose') return phrase('composeService', { service: workload.name });
  if (workload.platform === 'ecs') return phrase('taskDefinition', { taskDefinition: workload.name });
  return phrase('podWorkload', { kind: workload.controller, workload: workload.name });
}

/** One container as a finding names it; a Compose service is its own container. */
export function containerName(workload: Workload, container: Container): Phrase {
  if (workload.platform === 'compose') return phrase('composeService', { service: workload.name });
  if (workload.platform === 'ecs') return phrase('taskContainer', { container: container.name, taskDefinition: workload.name });
  return phrase(container.init ? 'podInitContainer' : 'podContainer', { container: container.name, kind: workload.controller, workload: workload.name });
}
