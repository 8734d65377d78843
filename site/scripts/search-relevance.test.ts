import { describe, expect, it } from 'vitest';
import { excerptParts, isRelevant, queryTerms } from './search-relevance';

const marked = (excerpt: string, query: string) =>
  excerptParts(excerpt, queryTerms(query))
    .filter((part) => part.marked)
    .map((part) => part.text);

describe('query terms', () => {
  it('separates Chinese runs from words and lower-cases the words', () => {
    expect(queryTerms('S3 存储桶 Public-Access')).toEqual({ words: ['s3', 'public', 'access'], han: ['存储桶'] });
  });
});

describe('relevance', () => {
  const guide = 'Turn on EBS encryption by default and encrypt every RDS database with a KMS key. Policies decide who may decrypt.';

  it('keeps a page that contains the words, stemmed forms included', () => {
    expect(isRelevant(guide, queryTerms('encryption'))).toBe(true);
    expect(isRelevant(guide, queryTerms('encrypted policy'))).toBe(true);
    expect(isRelevant(guide, queryTerms('RDS'))).toBe(true);
  });

  it('drops a page that Pagefind matched only on a short prefix of a nonsense word', () => {
    expect(isRelevant('Manage infrastructure as code', queryTerms('asdf'))).toBe(false);
    expect(isRelevant('Amazon Q Developer in chat applications', queryTerms('qwertyuiop'))).toBe(false);
  });

  it('needs every word of the query', () => {
    expect(isRelevant(guide, queryTerms('encryption xyzzy'))).toBe(false);
  });

  it('keeps a Chinese page that contains the term whole', () => {
    expect(isRelevant('面向秒杀、大促等计划内流量高峰的时间线检查清单', queryTerms('大促'))).toBe(true);
  });

  it('drops a Chinese page that shares only single characters with the term', () => {
    expect(isRelevant('最后还要仓促地连升好几个版本', queryTerms('大促'))).toBe(false);
    expect(isRelevant('对外披露则按公司报告政策要求的口径', queryTerms('火星披萨'))).toBe(false);
    expect(isRelevant('优先 TLS 1.3 并支持后量子混合密钥交换', queryTerms('量子纠缠'))).toBe(false);
  });

  it('keeps a Chinese page where most of a longer term appears in pieces', () => {
    expect(isRelevant('为安全组配置入站规则时', queryTerms('安全组规则'))).toBe(true);
  });
});

describe('excerpt highlighting', () => {
  it('marks a Chinese term once, as a whole', () => {
    expect(marked('秒杀与<mark>大</mark><mark>促</mark>流量高峰', '大促')).toEqual(['大促']);
  });

  it('does not mark a single character that merely occurs in the term', () => {
    expect(marked('还要<mark>仓促</mark>地连升', '大促')).toEqual([]);
  });

  it('keeps the marks Pagefind put on words', () => {
    expect(marked('Turn on EBS <mark>encryption</mark> by default', 'encryption')).toEqual(['encryption']);
  });

  it('decodes the escaped text it is given', () => {
    expect(
      excerptParts('a &lt;b&gt; &amp; c', queryTerms('x'))
        .map((part) => part.text)
        .join(''),
    ).toBe('a <b> & c');
  });
});
