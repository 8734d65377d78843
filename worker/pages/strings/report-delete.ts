/** Text of deleting a report in both languages: the token shown after upload, the confirmation and the deleted page. */

const en = {
  tokenHeading: 'Keep this delete token',
  tokenLabel: 'Delete token',
  tokenCopy: 'Copy',
  tokenCopied: 'Copied.',
  tokenCopyFailed: 'Select the token and copy it by hand.',
  tokenWhat: 'The delete token is the only way to delete this report. It is shown this once: we keep only a fingerprint of it and cannot show it again.',
  tokenKept:
    'This browser keeps it, so “Delete this report” at the bottom of this page works here without it. Copy it somewhere safe if you may want to delete the report from another browser or device.',
  tokenNotKept: 'This browser could not keep it (its site storage is switched off): copy it now if you may want to delete the report.',
  tokenWithout: (date: string, days: number) =>
    `Without the token, nobody can delete the report: it stays at its link. The uploaded files are deleted on ${date} in any case, ${days} days after upload.`,
  sectionHeading: 'Delete this report',
  sectionBody: 'Deleting removes the report, its downloads and the uploaded files for everyone who has the link. It takes the delete token that was shown once after the upload.',
  sectionKept: 'This browser kept the delete token for this report.',
  sectionStart: 'Delete this report',
  confirmTitle: 'Delete this report?',
  confirmWhich: (date: string, findings: number, files: string) => `The report checked on ${date}: ${findings === 1 ? '1 finding' : `${findings} findings`} in ${files}.`,
  confirmBody: 'Deleting removes the report, its downloads and the uploaded files for everyone who has the link. It cannot be undone.',
  confirmTokenHint: 'Paste the token that was shown after the upload.',
  confirmKept: 'This browser kept the token for this report and has filled it in.',
  confirmSubmit: 'Delete the report for good',
  confirmCancel: 'Keep the report',
  errorHeading: 'The report was not deleted',
  errorMissing: 'Paste the delete token.',
  errorWrong: 'This is not the delete token of this report. Check that you copied all of it.',
  deletedTitle: 'This report was deleted',
  deletedBody: (date: string) => `It was deleted on ${date} by someone holding its delete token, together with its uploaded files. Nothing of it is kept, so this link no longer opens it.`,
  deletedAgain: 'Check an architecture',
  home: 'Home page',
};

export type ReportDeleteStrings = typeof en;

const zhCn: ReportDeleteStrings = {
  tokenHeading: '请保存删除令牌',
  tokenLabel: '删除令牌',
  tokenCopy: '复制',
  tokenCopied: '已复制。',
  tokenCopyFailed: '请选中令牌后手动复制。',
  tokenWhat: '只有凭删除令牌才能删除这份报告。令牌只显示这一次：我们只保存它的指纹，无法再次显示。',
  tokenKept: '本浏览器已保存令牌，因此在本浏览器中，可以直接使用本页底部的“删除此报告”。如果以后可能要在其他浏览器或设备上删除报告，请把令牌复制到安全的地方。',
  tokenNotKept: '本浏览器无法保存令牌（网站存储已关闭）。如果以后可能要删除这份报告，请现在复制令牌。',
  tokenWithout: (date: string, days: number) => `没有令牌，任何人都无法删除这份报告，它会一直保留在原链接。上传的文件无论如何都会在 ${date}（上传 ${days} 天后）删除。`,
  sectionHeading: '删除此报告',
  sectionBody: '删除后，报告、下载文件和上传的文件都会被移除，所有持有链接的人都将无法再访问。删除需要上传后显示过一次的删除令牌。',
  sectionKept: '本浏览器已保存这份报告的删除令牌。',
  sectionStart: '删除此报告',
  confirmTitle: '确定删除这份报告？',
  confirmWhich: (date: string, findings: number, files: string) => `${date} 检查的报告：${files} 中共 ${findings} 个问题。`,
  confirmBody: '删除后，报告、下载文件和上传的文件都会被移除，所有持有链接的人都将无法再访问。此操作无法撤销。',
  confirmTokenHint: '请粘贴上传后显示的删除令牌。',
  confirmKept: '本浏览器保存了这份报告的删除令牌，已自动填入。',
  confirmSubmit: '永久删除报告',
  confirmCancel: '保留报告',
  errorHeading: '报告未被删除',
  errorMissing: '请粘贴删除令牌。',
  errorWrong: '这不是这份报告的删除令牌，请确认复制完整。',
  deletedTitle: '这份报告已被删除',
  deletedBody: (date: string) => `持有删除令牌的人已于 ${date} 删除了这份报告及其上传的文件。报告的任何内容都不再保留，因此这个链接已无法打开。`,
  deletedAgain: '检查架构',
  home: '首页',
};

export const reportDeleteStrings: Record<'en' | 'zh-cn', ReportDeleteStrings> = { en, 'zh-cn': zhCn };
