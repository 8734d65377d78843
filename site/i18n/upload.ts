/**
 * The upload page's limits and refusals in every language. The numbers come from the Worker's own limits
 * (`uploadLimits` in worker/schemas/reviews.ts); every code the API can answer with has a text, so a reader
 * never sees the API's English message on a Chinese page.
 */
import type { UploadErrorCode } from '../../worker/schemas/reviews.ts';
import type { Locale } from './locales';

/** The limits as the texts show them: sizes already written out ("5 MB"). */
export interface LimitsText {
  files: number;
  fileSize: string;
  totalSize: string;
  formats: readonly string[];
  archive: string;
  /** What the engine reads, in the page's language: `ui.orList` over `ui.inputKinds`, in the formats' order. */
  kinds: string;
}

/** Reasons the engine gives for `invalid-template` that the page explains in their own words. */
export type TemplateReason = 'yaml-syntax' | 'json-syntax' | 'encoding' | 'binary';

export interface UploadTexts {
  limits: string;
  errorHeading: string;
  errors: Record<UploadErrorCode, string>;
  reasons: Record<TemplateReason, string>;
  network: string;
  /** Anything else, with the HTTP status kept as `{status}`. */
  unknown: string;
}

function en(limits: LimitsText): UploadTexts {
  const unreadable = 'The upload could not be read. Reload the page and try again.';
  return {
    limits: `Up to ${limits.files} ${limits.kinds} (${limits.formats.join(', ')}, plan JSON) or a ${limits.archive} of them; each file up to ${limits.fileSize}, ${limits.totalSize} in total once unpacked.`,
    errorHeading: 'The files were not checked',
    errors: {
      'invalid-body': unreadable,
      'invalid-json': unreadable,
      'invalid-params': unreadable,
      'unsupported-media-type': unreadable,
      'cross-origin': 'Uploads are accepted only from this site’s own pages. Reload this page and try again.',
      'rate-limited': 'Too many checks from your network in the last minute. Wait a minute, then try again.',
      'human-check-failed': 'The human check did not pass. Complete it and try again.',
      'no-files': 'Add at least one file or paste a template.',
      'too-large': `Too large for one review: each file can be up to ${limits.fileSize}, and all files together up to ${limits.totalSize} once unpacked.`,
      'too-many-files': `Too many files: one review takes up to ${limits.files} files, counted after unpacking a ${limits.archive}.`,
      'too-many-entries': 'This archive holds too many entries to unpack. Zip only the files you want checked.',
      'compression-ratio': 'This archive is compressed far more than configuration files ever are, so it was refused as a possible zip bomb.',
      'nested-archive': 'This archive holds another archive. Unpack the inner one and upload its files.',
      'unsupported-compression': 'This archive uses a compression method other than the standard one. Re-create it with a standard zip tool.',
      'invalid-archive': 'This archive could not be unpacked: it is damaged or not a zip file. Re-create it and upload it again.',
      'unsupported-type': `This type of file cannot be checked. Upload ${limits.kinds} (${limits.formats.join(', ')}) or a ${limits.archive} of them.`,
      'no-templates': `Nothing to check: the files are not ${limits.kinds}.`,
      'invalid-template': 'This file could not be read; reading stopped at the place shown.',
      'too-many-resources': 'This file declares more resources than one file may hold (for CloudFormation, more than one stack allows). Split it into smaller files or stacks.',
      'storage-unavailable': 'The report could not be stored just now, and nothing was kept. Try again in a minute.',
      internal: 'Something went wrong on our side; it has been logged. Try again in a minute.',
    },
    reasons: {
      'yaml-syntax': 'The YAML is broken here: check the indentation, colons, dashes and quotes on this line and the one before.',
      'json-syntax': 'The JSON is broken here: check the commas, brackets and quotes on this line and the one before.',
      encoding: 'This file is not UTF-8 text. Save it as UTF-8 and upload it again.',
      binary: 'This file is not text (it looks binary). Upload the file itself.',
    },
    network: 'The upload did not reach Plumbline. Check your connection and try again.',
    unknown: 'The check did not work (HTTP {status}). Try again in a minute.',
  };
}

function zhCn(limits: LimitsText): UploadTexts {
  const unreadable = '无法读取这次上传的内容。请刷新页面后重试。';
  return {
    limits: `最多 ${limits.files} 个 ${limits.kinds}（${limits.formats.join('、')}、JSON 格式的执行计划），也可以上传装有这些文件的 ${limits.archive} 压缩包；单个文件不超过 ${limits.fileSize}，解压后总计不超过 ${limits.totalSize}。`,
    errorHeading: '文件未能检查',
    errors: {
      'invalid-body': unreadable,
      'invalid-json': unreadable,
      'invalid-params': unreadable,
      'unsupported-media-type': unreadable,
      'cross-origin': '只接受从本网站页面发起的上传。请刷新本页后重试。',
      'rate-limited': '你所在的网络在过去一分钟内检查次数过多。请等一分钟后再试。',
      'human-check-failed': '人机验证未通过。请完成验证后重试。',
      'no-files': '请至少添加一个文件或粘贴一个模板。',
      'too-large': `文件太大：单个文件不超过 ${limits.fileSize}，解压后所有文件总计不超过 ${limits.totalSize}。`,
      'too-many-files': `文件太多：每次检查最多 ${limits.files} 个文件，${limits.archive} 压缩包按解压后的文件计算。`,
      'too-many-entries': '压缩包中的条目太多，无法解压。请只压缩需要检查的文件。',
      'compression-ratio': '这个压缩包的压缩比远高于任何配置文件，疑似压缩炸弹，已拒绝处理。',
      'nested-archive': '压缩包里还有压缩包。请先解压内层压缩包，再上传其中的文件。',
      'unsupported-compression': '这个压缩包使用了非标准的压缩方式。请用常见的 zip 工具重新压缩。',
      'invalid-archive': '无法解压这个压缩包：文件已损坏，或者不是 zip 格式。请重新压缩后再上传。',
      'unsupported-type': `无法检查这种类型的文件。请上传 ${limits.kinds}（${limits.formats.join('、')}），或装有这些文件的 ${limits.archive} 压缩包。`,
      'no-templates': `没有可以检查的内容：这些文件都不是 ${limits.kinds}。`,
      'invalid-template': '无法读取这个文件，读取在标出的位置中断。',
      'too-many-resources': '这个文件声明的资源数超过了单个文件的上限（对 CloudFormation 而言，即超过了单个堆栈允许的数量）。请把它拆分成多个较小的文件或堆栈。',
      'storage-unavailable': '报告暂时无法保存，本次上传的内容没有保留。请一分钟后重试。',
      internal: '我们这边出了问题，已记录下来。请一分钟后重试。',
    },
    reasons: {
      'yaml-syntax': 'YAML 在这里有语法错误：请检查这一行和上一行的缩进、冒号、短横线和引号。',
      'json-syntax': 'JSON 在这里有语法错误：请检查这一行和上一行的逗号、括号和引号。',
      encoding: '这个文件不是 UTF-8 编码的文本。请另存为 UTF-8 后重新上传。',
      binary: '这个文件不是文本文件（看起来是二进制文件）。请上传文件本身。',
    },
    network: '上传没有送达 Plumbline。请检查网络连接后重试。',
    unknown: '检查未能完成（HTTP {status}）。请一分钟后重试。',
  };
}

export const uploadTexts: Record<Locale, (limits: LimitsText) => UploadTexts> = { en, 'zh-cn': zhCn };
