/** Errors on HTML routes are pages in the reader's language, never JSON or a stack trace. */
import type { Context } from 'hono';
import type { AppEnv } from '../app.ts';
import type { ApiFailure } from '../services/errors.ts';
import { Shell, htmlDocument } from './shell.tsx';

const text = {
  en: { title: (status: number) => (status === 404 ? 'Not found' : status >= 500 ? 'Something went wrong' : 'That did not work'), back: 'Go back', home: 'Home page' },
  'zh-cn': { title: (status: number) => (status === 404 ? '页面不存在' : status >= 500 ? '服务出错了' : '操作未成功'), back: '返回上一页', home: '首页' },
} as const;

export async function htmlErrorPage(c: Context<AppEnv>, failure: ApiFailure): Promise<Response> {
  const language = c.req.path.startsWith('/zh-cn/') ? 'zh-cn' : 'en';
  const t = text[language];
  const page = (
    <Shell language={language} title={t.title(failure.status)}>
      <h1>{t.title(failure.status)}</h1>
      <p class="notice" role="alert">
        {failure.body.message}
      </p>
      <p>
        <a href={language === 'zh-cn' ? '/zh-cn/' : '/'}>{t.home}</a>
      </p>
    </Shell>
  );
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  const retryAfter = c.res.headers.get('Retry-After');
  if (retryAfter) headers['Retry-After'] = retryAfter;
  return c.html(await htmlDocument(page), failure.status, headers);
}
