import { describe, expect, it } from 'vitest';
import { localeOfPath, localizedPath, pathWithoutLocale } from '../../site/i18n/locales';

describe('locale paths', () => {
  it('treats /zh-cn/ and everything under it as Chinese, and nothing else', () => {
    expect(localeOfPath('/zh-cn/')).toBe('zh-cn');
    expect(localeOfPath('/zh-cn/guides/x/')).toBe('zh-cn');
    expect(localeOfPath('/zh-cnx/')).toBe('en');
    expect(localeOfPath('/')).toBe('en');
  });

  it('maps a page to the same page in the other language', () => {
    expect(localizedPath('/guides/x/', 'zh-cn')).toBe('/zh-cn/guides/x/');
    expect(localizedPath('/zh-cn/guides/x/', 'en')).toBe('/guides/x/');
    expect(localizedPath('/zh-cn/', 'en')).toBe('/');
    expect(localizedPath('/', 'zh-cn')).toBe('/zh-cn/');
  });

  it('strips the prefix down to the root for the Chinese home page', () => {
    expect(pathWithoutLocale('/zh-cn')).toBe('/');
  });
});
