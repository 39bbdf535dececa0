import { isoRoundedToMinute } from './clock.js';
import { pageSize, paginate, type Handler, type RequestContext } from './context.js';
import { notFound, validationError } from './errors.js';
import { hostFile } from './hosted-files.js';
import { newId, normalizeId } from './ids.js';
import {
  extensionOf,
  extensionOfType,
  fitsBlock,
  isSupportedType,
  typesOfExtension,
} from './media-types.js';
import { list } from './responses.js';
import { isRecord } from './schema.js';
import type { FileRecord, UploadRecord } from './store.js';

/**
 * The File Upload API: create, send (single part or parts of a multi-part upload), complete,
 * retrieve, list. Sources: https://developers.notion.com/reference/file-upload,
 * /reference/create-a-file-upload, /reference/upload-file, /reference/complete-file-upload,
 * /guides/data-apis/uploading-small-files, /guides/data-apis/sending-larger-files,
 * /guides/data-apis/working-with-files-and-media.
 */

const MiB = 1024 * 1024;
/** "Upload a file (≤ 20MB) via a multipart/form-data request"; each part of a larger file is 5–20 MiB. */
const SINGLE_PART_MAX = 20 * MiB;
const PART_MIN = 5 * MiB;
/** "part_number … Must be an integer between 1 and 1,000." */
const MAX_PARTS = 1000;
/** "The maximum allowed length of filename string is 900 bytes". */
const MAX_FILENAME_BYTES = 900;
/** "Files must be attached within 1 hour of upload". */
const ATTACH_WITHIN_MS = 60 * 60 * 1000;

const CREATE_KEYS = new Set([
  'mode',
  'filename',
  'content_type',
  'number_of_parts',
  'external_url',
]);

export const createFileUpload: Handler = (ctx) => {
  const { body, store, integration } = ctx;
  for (const key of Object.keys(body)) {
    if (!CREATE_KEYS.has(key))
      throw validationError(`body.${key} is not a parameter of Create a file upload.`);
  }
  const mode = body.mode ?? 'single_part';
  if (mode === 'external_url') {
    throw validationError('mode "external_url" (importing from a public URL) is not emulated.');
  }
  if (mode !== 'single_part' && mode !== 'multi_part') {
    throw validationError(
      `body.mode should be one of "single_part", "multi_part", "external_url", instead was \`${JSON.stringify(mode)}\`.`,
    );
  }
  const contentType = optionalString(body.content_type, 'content_type');
  if (contentType !== undefined && !isSupportedType(contentType)) {
    throw validationError(`content_type "${contentType}" is not a supported file type.`);
  }
  let filename = optionalString(body.filename, 'filename');
  if (filename !== undefined) filename = checkedName(filename, contentType);
  let parts: number | null = null;
  if (mode === 'multi_part') {
    if (filename === undefined)
      throw validationError('body.filename is required when mode is multi_part.');
    const n = body.number_of_parts;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_PARTS) {
      throw validationError(
        `body.number_of_parts should be an integer between 1 and ${MAX_PARTS} when mode is multi_part.`,
      );
    }
    parts = n;
  } else if (body.number_of_parts !== undefined) {
    throw validationError('body.number_of_parts is only for mode multi_part.');
  }
  const now = store.clock.now();
  const upload: UploadRecord = {
    id: newId(),
    ownerToken: integration.token,
    createdBy: integration.bot.id,
    createdTime: now,
    lastEditedTime: now,
    expiryTime: now + ATTACH_WITHIN_MS,
    mode,
    filename: filename ?? null,
    contentType: contentType ?? (filename ? typeOfName(filename) : null),
    numberOfParts: parts,
    parts: new Map(),
    bytes: null,
    fileId: null,
  };
  store.uploads.set(upload.id, upload);
  return { body: uploadObject(ctx, upload), createdId: upload.id };
};

export const sendFileUpload: Handler = (ctx) => {
  const upload = ownUpload(ctx);
  const form = ctx.body.form;
  if (!isRecord(form)) {
    throw validationError(
      'Send a file upload takes a multipart/form-data body with the file under `file`.',
    );
  }
  requirePending(ctx, upload);
  const file = form.file;
  if (!isRecord(file) || !Buffer.isBuffer(file.bytes))
    throw validationError('The form field `file` is required.');
  const bytes = file.bytes;
  const sentName =
    typeof file.filename === 'string' && file.filename !== 'blob' ? file.filename : undefined;
  const sentType =
    typeof file.type === 'string' && file.type !== '' && file.type !== 'application/octet-stream'
      ? file.type.split(';')[0]?.trim().toLowerCase()
      : undefined;
  if (bytes.length > SINGLE_PART_MAX) {
    throw validationError(
      `The file is ${bytes.length} bytes: content length greater than the 20MB limit of one send.`,
    );
  }
  const type = sentType ?? upload.contentType ?? (sentName ? typeOfName(sentName) : null);
  if (type === null || !isSupportedType(type)) {
    throw validationError(
      `The file's content type ${type ?? '(unknown)'} is not a supported file type.`,
    );
  }
  if (upload.contentType !== null && upload.contentType !== type) {
    throw validationError(
      `The file's content type ${type} does not match the upload's ${upload.contentType}.`,
    );
  }
  upload.contentType = type;
  if (upload.filename === null && sentName !== undefined)
    upload.filename = checkedName(sentName, type);
  upload.lastEditedTime = ctx.store.clock.now();
  if (upload.mode === 'single_part') {
    if (form.part_number !== undefined)
      throw validationError('part_number is only for multi_part uploads.');
    checkWorkspaceLimit(ctx, bytes.length);
    upload.bytes = bytes;
    return { body: uploadObject(ctx, upload) };
  }
  const total = upload.numberOfParts ?? 0;
  const part = Number(form.part_number);
  if (typeof form.part_number !== 'string' || !Number.isInteger(part) || part < 1 || part > total) {
    throw validationError(
      `part_number should be an integer between 1 and ${total} (the upload's number_of_parts).`,
    );
  }
  if (bytes.length > SINGLE_PART_MAX || (part < total && bytes.length < PART_MIN)) {
    throw validationError(
      'Each part must be at least 5 MB and at most 20 MB, except the last part, which may be smaller.',
    );
  }
  upload.parts.set(part, bytes);
  return { body: uploadObject(ctx, upload) };
};

export const completeFileUpload: Handler = (ctx) => {
  const upload = ownUpload(ctx);
  if (upload.mode !== 'multi_part')
    throw validationError('Only a multi_part file upload is completed.');
  requirePending(ctx, upload);
  const total = upload.numberOfParts ?? 0;
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter(
    (n) => !upload.parts.has(n),
  );
  if (missing.length > 0) throw validationError(`Parts not sent yet: ${missing.join(', ')}.`);
  const bytes = Buffer.concat(
    Array.from({ length: total }, (_, i) => upload.parts.get(i + 1) as Buffer),
  );
  checkWorkspaceLimit(ctx, bytes.length);
  upload.bytes = bytes;
  upload.parts.clear();
  upload.lastEditedTime = ctx.store.clock.now();
  return { body: uploadObject(ctx, upload) };
};

export const retrieveFileUpload: Handler = (ctx) => ({ body: uploadObject(ctx, ownUpload(ctx)) });

export const listFileUploads: Handler = (ctx) => {
  const status = ctx.query.get('status') ?? undefined;
  const mine = [...ctx.store.uploads.values()]
    .filter((u) => u.ownerToken === ctx.integration.token)
    .sort((a, b) => b.createdTime - a.createdTime)
    .map((u) => uploadObject(ctx, u))
    .filter((u) => status === undefined || u.status === status);
  const size = pageSize(ctx.query.get('page_size') ?? undefined, 'page_size');
  const { page, next } = paginate(mine, ctx.query.get('start_cursor') ?? undefined, size);
  return { body: list(page, next, 'file_upload') };
};

/**
 * Attaches an upload of this integration to a media block: it must be uploaded, not expired,
 * and of a type the block shows. Its first attachment makes it a hosted file for good ("The
 * `expiry_time` is removed"); every attachment shows that file.
 */
export function attachUpload(
  ctx: RequestContext,
  rawId: unknown,
  blockType: string,
  commit = true,
): FileRecord | undefined {
  if (typeof rawId !== 'string')
    throw validationError(`${blockType}.file_upload.id should be a string.`);
  const id = normalizeId(rawId);
  const upload = id ? ctx.store.uploads.get(id) : undefined;
  if (!upload || upload.ownerToken !== ctx.integration.token) throw notFound(rawId, 'file upload');
  const status = statusOf(ctx, upload);
  if (status !== 'uploaded' || upload.bytes === null) {
    throw validationError(
      `File upload ${rawId} is ${status}: only an uploaded file upload can be attached.`,
    );
  }
  const type = upload.contentType ?? 'application/octet-stream';
  if (!fitsBlock(blockType, type))
    throw validationError(`A ${type} file cannot be shown in a ${blockType} block.`);
  if (!commit) return undefined;
  upload.expiryTime = null;
  if (upload.fileId === null || !ctx.store.files.has(upload.fileId)) {
    const name = upload.filename ?? `file.${extensionOfType(type) ?? 'bin'}`;
    upload.fileId = hostFile(ctx.store, { name, contentType: type, bytes: upload.bytes }).id;
  }
  return ctx.store.files.get(upload.fileId) as FileRecord;
}

function ownUpload(ctx: RequestContext): UploadRecord {
  const raw = ctx.params.id ?? '';
  const id = normalizeId(raw);
  const upload = id ? ctx.store.uploads.get(id) : undefined;
  // Uploads belong to the integration that created them.
  if (!upload || upload.ownerToken !== ctx.integration.token) throw notFound(raw, 'file upload');
  return upload;
}

function statusOf(ctx: RequestContext, upload: UploadRecord): 'pending' | 'uploaded' | 'expired' {
  if (upload.expiryTime !== null && ctx.store.clock.now() > upload.expiryTime) return 'expired';
  return upload.bytes === null ? 'pending' : 'uploaded';
}

function requirePending(ctx: RequestContext, upload: UploadRecord): void {
  const status = statusOf(ctx, upload);
  if (status !== 'pending')
    throw validationError(`File upload ${upload.id} is ${status}, not pending.`);
}

function checkWorkspaceLimit(ctx: RequestContext, size: number): void {
  const limit = ctx.settings.maxFileUploadBytes;
  if (size > limit) {
    throw validationError(
      `The file is ${size} bytes; this workspace's limit is ${limit} bytes per file.`,
    );
  }
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw validationError(`body.${name} should be a string.`);
  return value;
}

/** A file name with an extension the API takes, matching the content type when one is given. */
function checkedName(name: string, contentType: string | undefined): string {
  let full = name;
  const extension = extensionOf(full);
  if (extension === undefined) {
    const added = contentType === undefined ? undefined : extensionOfType(contentType);
    if (added === undefined)
      throw validationError(
        `filename "${name}" needs an extension, or a content_type to infer one.`,
      );
    full = `${full}.${added}`;
  } else {
    const types = typesOfExtension(extension);
    if (types === undefined) throw validationError(`.${extension} is not a supported file type.`);
    if (contentType !== undefined && !types.includes(contentType.toLowerCase())) {
      throw validationError(
        `content_type ${contentType} does not match the extension of "${name}".`,
      );
    }
  }
  if (Buffer.byteLength(full) > MAX_FILENAME_BYTES) {
    throw validationError(`filename is longer than ${MAX_FILENAME_BYTES} bytes.`);
  }
  return full;
}

function typeOfName(name: string): string | null {
  const extension = extensionOf(name);
  return extension === undefined ? null : (typesOfExtension(extension)?.[0] ?? null);
}

/** A file upload object (2026-03-11 shape; `archived` too for 2025-09-03). */
function uploadObject(
  ctx: RequestContext,
  upload: UploadRecord,
): Record<string, unknown> & { status: string } {
  const status = statusOf(ctx, upload);
  const base = `${ctx.baseUrl}/v1/file_uploads/${upload.id}`;
  return {
    object: 'file_upload',
    id: upload.id,
    created_time: isoRoundedToMinute(upload.createdTime),
    created_by: { id: upload.createdBy, type: 'bot' },
    last_edited_time: isoRoundedToMinute(upload.lastEditedTime),
    in_trash: false,
    ...(ctx.version === '2026-03-11' ? {} : { archived: false }),
    expiry_time: upload.expiryTime === null ? null : new Date(upload.expiryTime).toISOString(),
    status,
    filename: upload.filename,
    content_type: upload.contentType,
    content_length: upload.bytes?.length ?? null,
    ...(status === 'pending' ? { upload_url: `${base}/send` } : {}),
    ...(upload.mode === 'multi_part'
      ? {
          ...(status === 'pending' ? { complete_url: `${base}/complete` } : {}),
          number_of_parts: {
            total: upload.numberOfParts ?? 0,
            sent: upload.bytes ? (upload.numberOfParts ?? 0) : upload.parts.size,
          },
        }
      : {}),
  };
}
