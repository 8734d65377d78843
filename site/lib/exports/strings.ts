/** Interface text of the open-data page and the printable pillar sheets, kept here rather than in the shared UI table. */
import type { Pillar } from '../../../checks/index.ts';
import { ui } from '../../i18n/ui';
import type { Locale } from '../../i18n/locales.ts';
import type { GuideFrontmatter } from '../../schemas/guide.ts';

export interface ExportStrings {
  pillars: Record<Pillar, string>;
  risk: Record<GuideFrontmatter['risk'], string>;
  dataTitle: string;
  dataLead: string;
  dataJsonTitle: string;
  dataJsonBody: string;
  dataCsvTitle: string;
  dataCsvBody: string;
  dataLensTitle: string;
  dataLensBody: string;
  dataLensSteps: string[];
  dataLlmsTitle: string;
  dataLlmsBody: string;
  dataPrintTitle: string;
  dataPrintBody: string;
  dataLicenceTitle: string;
  dataLicenceBody: string;
  dataLicenceLink: string;
  dataLicenceUrl: string;
  dataAttribution: string;
  languageName: Record<Locale, string>;
  englishOnly: string;
  /** A note after a link: ` (English)` or `（英文）`. */
  aside: (text: string) => string;
  printTitle: (pillar: string) => string;
  printHint: string;
  printOnline: string;
  printDesiredOutcome: string;
  printChecks: string;
  printNoChecks: string;
  printPlaybook: string;
  printSource: string;
}

const en: ExportStrings = {
  pillars: ui.en.pillars,
  risk: { high: 'High risk', medium: 'Medium risk', low: 'Low risk' },
  dataTitle: 'Open data',
  dataLead: 'Every Plumbline guide is also published as data, rebuilt with the site each time a guide changes. Use it in your own checklists, spreadsheets, review tools or AI assistants.',
  dataJsonTitle: 'Best practices as JSON',
  dataJsonBody:
    'One file per language with every guide: id, kind, title, pillar, services, risk, summary, desired outcome, anti-patterns, benefits, the ids of the automated checks, the date of the last review, the guide’s URL and the rules that check it. The top-level "version" changes only when the shape changes.',
  dataCsvTitle: 'Best practices as CSV',
  dataCsvBody: 'The same guides as a spreadsheet: one row per guide, lists joined with "; ". UTF-8 with a byte order mark, so Excel shows Chinese text correctly when you open the file directly.',
  dataLensTitle: 'AWS Well-Architected Tool custom lens',
  dataLensBody:
    'A custom lens in the AWS format (schema version 2021-11-01): one question per guide, grouped under the Well-Architected pillars. Each choice links back to its guide, and the risk of an unanswered practice follows the guide’s risk rating.',
  dataLensSteps: [
    'Download the lens file.',
    'In the AWS Well-Architected Tool console, choose Custom lenses, then Create custom lens.',
    'Upload the file, then publish the lens and apply it to a workload.',
  ],
  dataLlmsTitle: 'llms.txt',
  dataLlmsBody: 'A plain Markdown index of every guide with a one-line summary, following the llms.txt convention, for AI assistants and other tools that read the site.',
  dataPrintTitle: 'Printable pillar sheets',
  dataPrintBody: 'One page per pillar with every guide in short form: id, title, risk, summary, desired outcome and the rule ids. Print them for a review meeting or a workshop.',
  dataLicenceTitle: 'Licence',
  dataLicenceBody:
    'The guide content in these exports is licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0). You may share and adapt it for any purpose, including commercially, as long as you give credit, link to the licence and say if you changed anything.',
  dataLicenceLink: 'Read the CC BY 4.0 licence',
  dataLicenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  dataAttribution: 'Suggested credit: “Plumbline best practices, https://plumbline.dev/, CC BY 4.0”.',
  languageName: { en: 'English', 'zh-cn': 'Simplified Chinese' },
  englishOnly: 'English only',
  aside: (text) => ` (${text})`,
  printTitle: (pillar) => `${pillar}: best practices`,
  printHint: 'This page is laid out for printing on one sheet of A4 or Letter paper. Use your browser’s Print command.',
  printOnline: 'Full guides online',
  printDesiredOutcome: 'Desired outcome:',
  printChecks: 'Automated checks:',
  printNoChecks: 'none yet: needs a human review',
  printPlaybook: 'Playbook',
  printSource: 'Plumbline · plumbline.dev · CC BY 4.0 · as of',
};

const zhCn: ExportStrings = {
  pillars: ui['zh-cn'].pillars,
  risk: { high: '高风险', medium: '中风险', low: '低风险' },
  dataTitle: '开放数据',
  dataLead: 'Plumbline 的每一篇指南都同时以数据形式发布，并在指南更新时随网站一起重新生成。你可以把它用在自己的检查清单、电子表格、评审工具或 AI 助手里。',
  dataJsonTitle: '最佳实践（JSON）',
  dataJsonBody:
    '每种语言一个文件，包含全部指南：编号、类型、标题、支柱、适用服务、风险、摘要、理想状态、反模式、收益、自动检查规则编号、最近评审日期、指南链接以及对应的检查规则。顶层的 "version" 只在数据结构变化时才会改变。',
  dataCsvTitle: '最佳实践（CSV）',
  dataCsvBody: '同样的内容，做成电子表格：每篇指南一行，列表项之间用 "; " 分隔。文件为带 BOM 的 UTF-8 编码，直接用 Excel 打开也能正确显示中文。',
  dataLensTitle: 'AWS Well-Architected Tool 自定义透镜',
  dataLensBody: '符合 AWS 格式（schema 版本 2021-11-01）的自定义透镜：每篇指南对应一个问题，按 Well-Architected 支柱分组。每个选项都链接回对应的指南，未落实某项实践时的风险等级与指南的风险评级一致。',
  dataLensSteps: ['下载透镜文件。', '在 AWS Well-Architected Tool 控制台中，选择“自定义透镜”，然后选择“创建自定义透镜”。', '上传文件，发布透镜，再把它应用到工作负载上。'],
  dataLlmsTitle: 'llms.txt',
  dataLlmsBody: '按照 llms.txt 约定编写的 Markdown 索引，列出每篇指南及一句话摘要，供 AI 助手和其他读取本站的工具使用。',
  dataPrintTitle: '可打印的支柱清单',
  dataPrintBody: '每个支柱一页，简要列出该支柱下的全部指南：编号、标题、风险、摘要、理想状态和规则编号。适合打印出来在评审会或工作坊上使用。',
  dataLicenceTitle: '许可协议',
  dataLicenceBody:
    '这些导出文件中的指南内容采用知识共享署名 4.0 国际许可协议（CC BY 4.0）授权。你可以出于任何目的（包括商业目的）分享和改编这些内容，只需注明出处、附上许可协议链接，并说明是否做了修改。',
  dataLicenceLink: '阅读 CC BY 4.0 许可协议',
  dataLicenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
  dataAttribution: '建议的署名方式：“Plumbline 最佳实践，https://plumbline.dev/，CC BY 4.0”。',
  languageName: { en: '英文', 'zh-cn': '简体中文' },
  englishOnly: '仅英文',
  aside: (text) => `（${text}）`,
  printTitle: (pillar) => `${pillar}：最佳实践`,
  printHint: '本页已按一张 A4 或 Letter 纸排版，使用浏览器的“打印”功能即可。',
  printOnline: '在线阅读完整指南',
  printDesiredOutcome: '理想状态：',
  printChecks: '自动检查：',
  printNoChecks: '暂无，需要人工评审',
  printPlaybook: '保障手册',
  printSource: 'Plumbline · plumbline.dev · CC BY 4.0 · 更新于',
};

export const exportStrings: Record<Locale, ExportStrings> = { en, 'zh-cn': zhCn };
