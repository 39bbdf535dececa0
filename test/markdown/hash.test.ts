import { describe, expect, it } from 'vitest';
import { normalizeForHash } from '../../src/markdown/index.js';

describe('normalizeForHash', () => {
  it('drops the signed query of file URLs, which changes on every read', () => {
    const read = (signature: string, expires: string) =>
      `![](https://prod-files-secure.s3.us-west-2.amazonaws.com/s/f/image.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AK%2F${expires}&X-Amz-Date=${expires}&X-Amz-Expires=3600&X-Amz-Signature=${signature}&X-Amz-SignedHeaders=host)\n\n<file source="https://file.notion.so/f/f/s/f/doc.pdf?table=block&id=1&spaceId=2&expirationTimestamp=${expires}&signature=${signature}">doc</file>`;
    const first = normalizeForHash(read('abc', '20260101'));
    expect(first).toBe(normalizeForHash(read('def', '20260102')));
    expect(first).toContain('https://prod-files-secure.s3.us-west-2.amazonaws.com/s/f/image.png)');
    expect(first).toContain('https://file.notion.so/f/f/s/f/doc.pdf"');
  });

  it('keeps ordinary query strings, and the rest of the text', () => {
    const text = 'See [badge](https://img.shields.io/badge?style=flat&label=ci) now.';
    expect(normalizeForHash(text)).toBe(text);
  });

  it('ignores line endings and trailing whitespace', () => {
    expect(normalizeForHash('a\r\nb\n\n')).toBe(normalizeForHash('a\nb'));
  });

  it('still sees a real edit', () => {
    expect(normalizeForHash('a')).not.toBe(normalizeForHash('b'));
  });
});
