import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArtifactDatabase } from '../../src/spine/index.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { sha256 } from './helpers.js';
import { readFileSync } from 'node:fs';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function freshSpine(): { db: ArtifactDatabase; path: string } {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  const path = join(dir, 'idse.db');
  const db = ArtifactDatabase.open(path, { create: true });
  db.migrate();
  cleanups.unshift(() => db.close());
  return { db, path };
}

describe('uploads and hosted files in the spine', () => {
  it('keeps one upload per content hash, reusable by every artifact', () => {
    const { db } = freshSpine();
    const hash = 'a'.repeat(64);
    expect(db.getUpload(hash)).toBeUndefined();
    db.recordUpload({
      contentHash: hash,
      fileUploadId: 'up-1',
      contentType: 'image/png',
      sizeBytes: 12,
    });
    expect(db.getUpload(hash)).toMatchObject({
      contentHash: hash,
      fileUploadId: 'up-1',
      contentType: 'image/png',
      sizeBytes: 12,
    });
    db.recordUpload({
      contentHash: hash,
      fileUploadId: 'up-2',
      contentType: 'image/png',
      sizeBytes: 12,
    });
    expect(db.getUpload(hash)?.fileUploadId).toBe('up-2');
  });

  it('maps a hosted address to its content, and recording it again leaves the file alone', () => {
    const { db, path } = freshSpine();
    const url = 'https://prod-files-secure.s3.us-west-2.amazonaws.com/ws/f/a.png';
    db.recordHostedFile(url, 'b'.repeat(64));
    expect(db.getHostedFileHash(url)).toBe('b'.repeat(64));
    expect(db.getHostedFileHash(`${url}x`)).toBeUndefined();
    const before = sha256(readFileSync(path, 'latin1'));
    db.recordHostedFile(url, 'b'.repeat(64));
    expect(sha256(readFileSync(path, 'latin1'))).toBe(before);
  });
});
