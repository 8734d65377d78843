/**
 * One Chinese terminology for every Simplified Chinese page and interface string, as AWS China documentation
 * uses it. `test/unit/glossary.test.ts` reads every file under `site/content/guides/zh-cn/` and the Chinese
 * interface strings and reports each forbidden variant with file:line.
 *
 * How a term is matched, line by line:
 * 1. every phrase in `allowed` is masked first (so 访问密钥 or 技术栈 are never flagged);
 * 2. every pattern in `forbidden` is searched in what is left; each hit is a violation, except
 * 3. up to `synonymAllowance` hits per file written as a quoted synonym (“告警” or 「告警」), for a page that
 *    wants to say once that common speech uses another word.
 *
 * Patterns are deliberately narrow where a word has legitimate uses (密钥 stays right for KMS keys, access
 * keys and key pairs; only the spellings that mean a secret are flagged). When a new page trips a pattern
 * wrongly, add the legitimate phrase to `allowed` rather than loosening the pattern.
 */

export interface GlossaryTerm {
  /** Short, stable name shown in test output. */
  readonly id: string;
  /** The English concept this entry pins down. */
  readonly concept: string;
  /** The word to write. */
  readonly preferred: string;
  /** Variants that must not appear. Strings match literally; regular expressions must not use the g or y flag. */
  readonly forbidden: readonly (string | RegExp)[];
  /** Phrases that contain a forbidden variant but are correct; masked before matching. */
  readonly allowed?: readonly string[];
  /** How many times per file a forbidden variant may appear as a quoted synonym, e.g. 警报（也常说“告警”）. */
  readonly synonymAllowance?: number;
  /** When to use which word, for the writer who hits the violation. */
  readonly note?: string;
}

export const glossary: readonly GlossaryTerm[] = [
  {
    id: 'account',
    concept: 'account (AWS account, user account)',
    preferred: '账户',
    forbidden: ['帐户', '账号', '帐号'],
    note: 'AWS 账户、账户 ID、管理账户、成员账户、工作账户，一律写“账户”。',
  },
  {
    id: 'service-account',
    concept: 'Kubernetes service account',
    preferred: '服务账户',
    forbidden: ['服务账号', '服务帐户', '服务帐号'],
    note: '代码中的 kind: ServiceAccount 不变；正文写“服务账户”。',
  },
  {
    id: 'alarm',
    concept: 'CloudWatch alarm; alerting on a metric',
    preferred: '警报',
    forbidden: ['告警', '报警'],
    synonymAllowance: 1,
    note: '动词写“发出警报”“触发警报”。一页可以在引号中提一次口语说法，例如：警报（口语中常说“告警”）。',
  },
  {
    id: 'stack',
    concept: 'CloudFormation stack (also StackSets: 堆栈集)',
    preferred: '堆栈',
    forbidden: [/(?<!堆)栈/],
    allowed: ['技术栈', '调用栈', '协议栈', '网络栈', '双栈', '全栈', '栈帧'],
    note: '“技术栈”“调用栈”“网络栈”“双栈”（IPv4/IPv6）等固定说法不受影响。',
  },
  {
    id: 'ingest',
    concept: 'ingest (logs, metrics, data)',
    preferred: '摄取',
    forbidden: ['采集', '摄入'],
    note: '数据进入服务写“摄取”；代理或组件把数据收上来写“收集”（与 CloudWatch 代理文档一致）。',
  },
  {
    id: 'secret',
    concept: 'secret (Secrets Manager secret, a secret value)',
    preferred: '机密',
    forbidden: [/Secrets\s*Manager\s*(?:中的|里的|的)?密钥/, /密钥(?:值|扫描|容器|信息)/, /(?:明文|硬编码|数据库)密钥(?!\s*(?:ID|ARN|材料|策略|对))/, /密钥(?:与|和)凭[证据]/, '秘钥', '秘密'],
    allowed: ['密钥值对'],
    note: '“密钥”只用于加密密钥：KMS 密钥、数据密钥、访问密钥、密钥对、私钥/公钥、SSH 密钥、API 密钥。Secrets Manager 中存放的是“机密”，其内容是“机密值”。',
  },
  {
    id: 'credentials',
    concept: 'credentials',
    preferred: '凭据',
    forbidden: ['凭证'],
    note: '临时凭据、长期凭据、数据库凭据、安全凭据。',
  },
  {
    id: 'availability-zone',
    concept: 'Availability Zone',
    preferred: '可用区',
    forbidden: ['可用性区域', '可用域', '可用性区'],
  },
  {
    id: 'region',
    concept: 'AWS Region',
    preferred: '区域',
    forbidden: ['地域', '大区'],
  },
  {
    id: 'bucket',
    concept: 'S3 bucket',
    preferred: '存储桶',
    forbidden: [/(?<!存储|令牌|漏)桶/],
    allowed: ['分桶', '哈希桶'],
    note: '“令牌桶”“漏桶”“分桶”等算法和统计用语不受影响。',
  },
  {
    id: 'load-balancer',
    concept: 'load balancer',
    preferred: '负载均衡器',
    forbidden: ['负载平衡器', '负载均衡设备'],
  },
  {
    id: 'provisioned-concurrency',
    concept: 'Lambda provisioned concurrency',
    preferred: '预置并发',
    forbidden: ['预配置并发', '预配并发', '预设并发'],
  },
  {
    id: 'reserved-concurrency',
    concept: 'Lambda reserved concurrency',
    preferred: '预留并发',
    forbidden: ['保留并发'],
  },
  {
    id: 'runbook',
    concept: 'runbook',
    preferred: '运行手册',
    forbidden: ['操作手册', '运维手册', '应急手册'],
  },
  {
    id: 'fault-injection',
    concept: 'fault injection',
    preferred: '故障注入',
    forbidden: ['错误注入', '故障植入'],
  },
  {
    id: 'post-incident-review',
    concept: 'post-incident review',
    preferred: '复盘',
    forbidden: ['事后分析', '事后检讨', '验尸'],
  },
  {
    id: 'on-call',
    concept: 'on call',
    preferred: '值班',
    forbidden: ['待命', '轮值', 'oncall'],
  },
  {
    id: 'get-right',
    concept: 'to get (a setting) right',
    preferred: '设对、配好',
    forbidden: ['配对'],
    note: '“配对”是“两两配成一对”，不能用来表示“设置正确”。',
  },
];

export interface GlossaryViolation {
  readonly line: number;
  readonly column: number;
  readonly term: GlossaryTerm;
  readonly found: string;
}

const quoted = /[“「]([^”」]{1,8})[”」]/g;

function asRegExp(pattern: string | RegExp): RegExp {
  if (typeof pattern !== 'string') return new RegExp(pattern.source, `${pattern.flags}g`);
  return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
}

/** Every glossary violation in one text, with 1-based line and column. */
export function findGlossaryViolations(text: string, terms: readonly GlossaryTerm[] = glossary): GlossaryViolation[] {
  const violations: GlossaryViolation[] = [];
  const lines = text.split('\n');
  for (const term of terms) {
    let synonymsLeft = term.synonymAllowance ?? 0;
    lines.forEach((original, index) => {
      let line = original;
      for (const phrase of term.allowed ?? []) line = line.split(phrase).join('\u0000'.repeat(phrase.length));
      const quotedSpans: [number, number][] = [];
      for (const match of line.matchAll(quoted)) quotedSpans.push([match.index, match.index + match[0].length]);
      for (const pattern of term.forbidden) {
        for (const match of line.matchAll(asRegExp(pattern))) {
          const start = match.index;
          const isQuotedSynonym = quotedSpans.some(([from, to]) => start > from && start + match[0].length < to);
          if (isQuotedSynonym && synonymsLeft > 0) {
            synonymsLeft -= 1;
            continue;
          }
          violations.push({ line: index + 1, column: start + 1, term, found: match[0] });
        }
      }
    });
  }
  return violations.sort((a, b) => a.line - b.line || a.column - b.column);
}
