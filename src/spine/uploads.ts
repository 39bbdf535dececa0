import { utcTimestamp } from './ids.js';
import { statement, type Db } from './schema.js';

/** A file this integration uploaded to Notion and attached once (so its upload id is reusable). */
export interface UploadRecord {
  /** SHA-256 hex of the file's bytes. */
  contentHash: string;
  fileUploadId: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export function getUpload(db: Db, contentHash: string): UploadRecord | undefined {
  const row = statement(
    db,
    'SELECT content_hash, file_upload_id, content_type, size_bytes, uploaded_at FROM idse_sync_uploads WHERE content_hash = ?',
  ).get(contentHash) as
    | {
        content_hash: string;
        file_upload_id: string;
        content_type: string;
        size_bytes: number;
        uploaded_at: string;
      }
    | undefined;
  return row === undefined
    ? undefined
    : {
        contentHash: row.content_hash,
        fileUploadId: row.file_upload_id,
        contentType: row.content_type,
        sizeBytes: row.size_bytes,
        uploadedAt: row.uploaded_at,
      };
}

export function recordUpload(
  db: Db,
  upload: Omit<UploadRecord, 'uploadedAt'> & { uploadedAt?: string },
): void {
  statement(
    db,
    `INSERT INTO idse_sync_uploads (content_hash, file_upload_id, content_type, size_bytes, uploaded_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(content_hash) DO UPDATE SET file_upload_id = excluded.file_upload_id,
       content_type = excluded.content_type, size_bytes = excluded.size_bytes,
       uploaded_at = excluded.uploaded_at`,
  ).run(
    upload.contentHash,
    upload.fileUploadId,
    upload.contentType,
    upload.sizeBytes,
    upload.uploadedAt ?? utcTimestamp(),
  );
}

/** The content hash of a Notion-hosted file, by its address without the signature. */
export function getHostedFileHash(db: Db, url: string): string | undefined {
  const row = statement(db, 'SELECT content_hash FROM idse_sync_hosted_files WHERE url = ?').get(
    url,
  ) as { content_hash: string } | undefined;
  return row?.content_hash;
}

export function recordHostedFile(db: Db, url: string, contentHash: string): void {
  statement(
    db,
    `INSERT INTO idse_sync_hosted_files (url, content_hash, recorded_at) VALUES (?, ?, ?)
     ON CONFLICT(url) DO UPDATE SET content_hash = excluded.content_hash
       WHERE idse_sync_hosted_files.content_hash <> excluded.content_hash`,
  ).run(url, contentHash, utcTimestamp());
}
