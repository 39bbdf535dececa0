/**
 * The file types the File Upload API accepts, by extension, as the "Supported file types" table
 * of https://developers.notion.com/guides/data-apis/working-with-files-and-media lists them.
 */
const TYPES: Record<string, readonly string[]> = {
  // Audio
  aac: ['audio/aac'],
  adts: ['audio/aac'],
  mid: ['audio/midi'],
  midi: ['audio/midi'],
  mp3: ['audio/mpeg'],
  mpga: ['audio/mpeg'],
  m4a: ['audio/mp4'],
  m4b: ['audio/mp4'],
  oga: ['audio/ogg'],
  ogg: ['audio/ogg'],
  wav: ['audio/wav'],
  wma: ['audio/x-ms-wma'],
  // Document
  pdf: ['application/pdf'],
  txt: ['text/plain'],
  json: ['application/json'],
  doc: ['application/msword'],
  dot: ['application/msword'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  dotx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.template'],
  xls: ['application/vnd.ms-excel'],
  xlt: ['application/vnd.ms-excel'],
  xla: ['application/vnd.ms-excel'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  xltx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.template'],
  ppt: ['application/vnd.ms-powerpoint'],
  pot: ['application/vnd.ms-powerpoint'],
  pps: ['application/vnd.ms-powerpoint'],
  ppa: ['application/vnd.ms-powerpoint'],
  pptx: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  potx: ['application/vnd.openxmlformats-officedocument.presentationml.template'],
  // Image
  gif: ['image/gif'],
  heic: ['image/heic'],
  jpeg: ['image/jpeg'],
  jpg: ['image/jpeg'],
  png: ['image/png'],
  svg: ['image/svg+xml'],
  tif: ['image/tiff'],
  tiff: ['image/tiff'],
  webp: ['image/webp'],
  ico: ['image/vnd.microsoft.icon'],
  // Video
  amv: ['video/x-amv'],
  asf: ['video/x-ms-asf'],
  wmv: ['video/x-ms-asf'],
  avi: ['video/x-msvideo'],
  f4v: ['video/x-f4v'],
  flv: ['video/x-flv'],
  gifv: ['video/mp4'],
  m4v: ['video/mp4'],
  mp4: ['video/mp4', 'application/mp4', 'audio/mp4'],
  mkv: ['video/webm'],
  webm: ['video/webm'],
  mov: ['video/quicktime'],
  qt: ['video/quicktime'],
  mpeg: ['video/mpeg'],
};

const SUPPORTED = new Set(Object.values(TYPES).flat());

export function isSupportedType(contentType: string): boolean {
  return SUPPORTED.has(contentType.toLowerCase());
}

/** The extension of a file name (lower case), or undefined. */
export function extensionOf(name: string): string | undefined {
  const match = /\.([A-Za-z0-9]+)$/.exec(name);
  return match ? (match[1] ?? '').toLowerCase() : undefined;
}

/** The types a known extension stands for; undefined for an extension the API does not take. */
export function typesOfExtension(extension: string): readonly string[] | undefined {
  return TYPES[extension];
}

/** The first extension of a content type ("A file extension is automatically added based on the content_type"). */
export function extensionOfType(contentType: string): string | undefined {
  return Object.entries(TYPES).find(([, types]) => types.includes(contentType.toLowerCase()))?.[0];
}

/** Whether a file of this type may be shown by a block of this type. */
export function fitsBlock(blockType: string, contentType: string): boolean {
  const major = contentType.split('/')[0];
  if (blockType === 'image') return major === 'image';
  if (blockType === 'video') return major === 'video' || contentType === 'application/mp4';
  if (blockType === 'audio') return major === 'audio';
  if (blockType === 'pdf') return contentType === 'application/pdf';
  return blockType === 'file';
}
