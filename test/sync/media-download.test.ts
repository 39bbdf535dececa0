import { describe, expect, it } from 'vitest';
import { webAddressOf } from '../../src/git/remote.js';
import { downloadImage, type DownloadPolicy } from '../../src/sync/media-download.js';
import { imageTypeOf } from '../../src/sync/media-files.js';
import { ONE_PIXEL_PNG } from '../notion-emulator/core.js';

const HOST = 'https://prod-files-secure.s3.us-west-2.amazonaws.com';
const URL_OF = (name: string) => `${HOST}/ws/file/${name}?X-Amz-Signature=abc`;

/** A policy whose fetch answers `response` and records what it was asked. */
function policy(
  response: () => Response,
  maxBytes = 1024,
): DownloadPolicy & { asked: RequestInit[] } {
  const asked: RequestInit[] = [];
  return {
    asked,
    origins: ['http://127.0.0.1:9'],
    maxBytes,
    fetch: (async (_url: string, init: RequestInit) => {
      asked.push(init);
      return response();
    }) as unknown as typeof fetch,
  };
}

const png =
  (headers: Record<string, string> = {}) =>
  () =>
    new Response(ONE_PIXEL_PNG, { headers: { 'content-type': 'image/png', ...headers } });

describe('downloading an image added in Notion', () => {
  it('takes an image from Notion’s file host, without the token, not following redirects', async () => {
    const p = policy(png());
    const got = await downloadImage(URL_OF('a.png'), p);
    expect(got).toMatchObject({ contentType: 'image/png', extension: 'png' });
    expect(p.asked[0]?.redirect).toBe('error');
    expect(p.asked[0]?.headers).toBeUndefined();
  });

  it('refuses other hosts before any request', async () => {
    const p = policy(png());
    expect(await downloadImage('https://evil.example/a.png?X-Amz-Signature=1', p)).toEqual({
      problem: "https://evil.example is not Notion's file host",
    });
    expect(
      await downloadImage('http://prod-files-secure.s3.us-west-2.amazonaws.com/a', p),
    ).toMatchObject({
      problem: expect.stringContaining('not Notion'),
    });
    expect(p.asked).toEqual([]);
  });

  it('refuses what is too large, declared or streamed', async () => {
    const big = () =>
      new Response(Buffer.alloc(5000), { headers: { 'content-type': 'image/png' } });
    expect(await downloadImage(URL_OF('a.png'), policy(big))).toMatchObject({
      problem: expect.stringMatching(/over the 0\.0 MiB a pull downloads/),
    });
    const stream = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new Uint8Array(800));
            controller.enqueue(new Uint8Array(800));
            controller.close();
          },
        }),
        { headers: { 'content-type': 'image/png' } },
      );
    expect(await downloadImage(URL_OF('a.png'), policy(stream))).toMatchObject({
      problem: expect.stringMatching(/over the/),
    });
  });

  it('refuses what is not an image, by its type or by its bytes, and an expired address', async () => {
    const pdf = () => new Response('%PDF', { headers: { 'content-type': 'application/pdf' } });
    expect(await downloadImage(URL_OF('a.pdf'), policy(pdf))).toEqual({
      problem: 'it is application/pdf, not an image',
    });
    const text = () => new Response('hello', { headers: { 'content-type': 'image/png' } });
    expect(await downloadImage(URL_OF('a.png'), policy(text))).toEqual({
      problem: 'its content is not an image (it claims image/png)',
    });
    const expired = () => new Response('<Error/>', { status: 403 });
    expect(await downloadImage(URL_OF('a.png'), policy(expired))).toEqual({
      problem: 'the file host answered 403: its signed address expired or was refused',
    });
  });

  it('names a file name that climbs out of its folder, from the address or the answer', async () => {
    const got = await downloadImage(URL_OF('..%2F..%2Fx.png'), policy(png()));
    expect(got).toMatchObject({ suspiciousName: '../../x.png' });
    const disposition = png({ 'content-disposition': 'inline; filename="../escape.png"' });
    expect(await downloadImage(URL_OF('ok.png'), policy(disposition))).toMatchObject({
      suspiciousName: '../escape.png',
    });
    expect(await downloadImage(URL_OF('ok.png'), policy(png()))).not.toHaveProperty(
      'suspiciousName',
    );
  });
});

describe('image types and remotes', () => {
  it('knows the image types Notion takes by their bytes', () => {
    expect(imageTypeOf(ONE_PIXEL_PNG)?.contentType).toBe('image/png');
    expect(imageTypeOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))?.extension).toBe('jpg');
    expect(imageTypeOf(Buffer.from('GIF89a...'))?.extension).toBe('gif');
    expect(
      imageTypeOf(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="x"></svg>'))?.extension,
    ).toBe('svg');
    expect(imageTypeOf(Buffer.from('%PDF-1.4'))).toBeUndefined();
    expect(imageTypeOf(Buffer.from('<html><svg></svg></html>'))).toBeUndefined();
  });

  it('turns remote URLs into the repository’s web address', () => {
    expect(webAddressOf('git@github.com:acme/design.git')).toBe('https://github.com/acme/design');
    expect(webAddressOf('https://token@github.com/acme/design.git')).toBe(
      'https://github.com/acme/design',
    );
    expect(webAddressOf('ssh://git@gitlab.example.com/group/sub/repo.git')).toBe(
      'https://gitlab.example.com/group/sub/repo',
    );
    expect(webAddressOf('/srv/git/repo.git')).toBeUndefined();
    expect(webAddressOf('file:///srv/git/repo.git')).toBeUndefined();
  });
});
