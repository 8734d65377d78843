/** Text of the report page's architecture section in both languages (the diagram's own text is in checks/report/diagram-text.ts). */

const en = {
  heading: 'Architecture',
  summary: (resources: number, links: number) => `Diagram of ${resources} resource${resources === 1 ? '' : 's'} and ${links} link${links === 1 ? '' : 's'}`,
  note: 'Each box is a resource, marked by its worst finding: choose one to go to its findings. Arrows point from a resource to one it uses; dashed arrows to one it waits for. A box with a count stands for several resources of one type.',
  list: (resources: number) => `Every resource as a list (${resources})`,
  members: (count: number, type: string) => `${count} × ${type}`,
  uses: 'uses',
  unlisted: (count: number) => `and ${count} more (every resource is in the JSON download)`,
};

export type ArchitectureStrings = typeof en;

const zhCn: ArchitectureStrings = {
  heading: '架构图',
  summary: (resources: number, links: number) => `${resources} 个资源、${links} 条关联的示意图`,
  note: '每个方框代表一个资源，并按它最严重的问题标记；选择方框即可跳转到它的问题。实线箭头从资源指向它使用的资源，虚线箭头指向它等待的资源。带数量的方框代表同一类型的多个资源。',
  list: (resources: number) => `以列表查看全部资源（${resources} 个）`,
  members: (count: number, type: string) => `${count} 个 ${type}`,
  uses: '使用',
  unlisted: (count: number) => `另有 ${count} 个未列出（JSON 下载中包含全部资源）`,
};

export const architectureStrings: Record<'en' | 'zh-cn', ArchitectureStrings> = { en, 'zh-cn': zhCn };
