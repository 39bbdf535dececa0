import { isoRoundedToMinute } from './clock.js';
import { canonicalFileUrl, fileOfUrl, signFileUrl } from './hosted-files.js';
import { newId } from './ids.js';
import { blockContentKey, type EmuBlock } from './markdown/index.js';
import type { Audit, DatabaseRecord, PageRecord, StoredBlock, Store } from './store.js';

const MEDIA_TYPES = new Set(['image', 'file', 'pdf', 'video', 'audio']);
const CHILD_OBJECTS = new Set(['child_page', 'child_database']);

/** Block types the markdown format cannot show: they come back as `<unknown>` tags. */
export const UNSUPPORTED_IN_MARKDOWN = new Set([
  'link_preview',
  'breadcrumb',
  'template',
  'unsupported',
]);

/** Gives every block of a parsed tree a fresh id. */
export function freshBlocks(blocks: readonly EmuBlock[], audit: Audit): StoredBlock[] {
  return blocks.map((b) => {
    const { children, ...block } = b;
    return {
      id: newId(),
      block: block as EmuBlock,
      children: freshBlocks(children ?? [], audit),
      ...audit,
    };
  });
}

/** The stored tree as EmuBlocks (children nested), e.g. for rendering or comparing. */
export function toEmuBlocks(blocks: readonly StoredBlock[]): EmuBlock[] {
  return blocks.map((s) =>
    s.children.length > 0 ? { ...s.block, children: toEmuBlocks(s.children) } : { ...s.block },
  );
}

/**
 * The stored tree as the markdown side names it: child pages, child databases and blocks markdown
 * cannot show are references to their id, exactly like the `<page>` / `<unknown>` tags parsed
 * from a write, so a toggle holding one still compares equal.
 */
function toKeyBlocks(blocks: readonly StoredBlock[]): EmuBlock[] {
  return blocks.map((s) => {
    if (CHILD_OBJECTS.has(s.block.type) || UNSUPPORTED_IN_MARKDOWN.has(s.block.type)) {
      return {
        type: 'unsupported',
        unsupported: { url: `https://www.notion.so/${s.id.replace(/-/g, '')}` },
      };
    }
    return s.children.length > 0
      ? { ...s.block, children: toKeyBlocks(s.children) }
      : { ...s.block };
  });
}

function fullKey(b: EmuBlock): string {
  return blockContentKey(b);
}

function shallowKey(b: EmuBlock): string {
  const { children: _children, ...own } = b;
  return blockContentKey(own as EmuBlock);
}

/**
 * Builds the new body of a page from a parsed block list, keeping the id of every block whose
 * content did not change: a longest common subsequence of whole blocks (content and children)
 * first, then, between two kept blocks, a block whose own content is unchanged and only its
 * children differ keeps its id and has its children matched the same way. `pinned` maps blocks
 * of the new list to existing blocks that must keep their identity (child pages, `<unknown>`).
 */
export function reuseIds(
  old: readonly StoredBlock[],
  next: readonly EmuBlock[],
  audit: Audit,
  pinned: (b: EmuBlock) => StoredBlock | undefined,
): StoredBlock[] {
  const oldEmu = toKeyBlocks(old);
  const keyOld = oldEmu.map(fullKey);
  const keyNew = next.map((b) => (pinned(b) ? `pinned:${pinned(b)?.id}` : fullKey(b)));
  old.forEach((o, i) => {
    if (next.some((b) => pinned(b) === o)) keyOld[i] = `pinned:${o.id}`;
  });
  const pairs = lcs(keyOld, keyNew);
  const result: StoredBlock[] = [];
  let i = 0;
  let j = 0;
  const flushGap = (iEnd: number, jEnd: number) => {
    const free = old
      .slice(i, iEnd)
      .map((o, k) => ({ o, emu: oldEmu[i + k] as EmuBlock, used: false }));
    for (; j < jEnd; j++) {
      const n = next[j] as EmuBlock;
      const pin = pinned(n);
      if (pin) {
        result.push(pin);
        continue;
      }
      const match = free.find((f) => !f.used && shallowKey(f.emu) === shallowKey(n));
      if (match) {
        match.used = true;
        result.push({
          ...match.o,
          children: reuseIds(match.o.children, n.children ?? [], audit, pinned),
          ...touched(match.o, audit),
        });
      } else {
        const { children, ...block } = n;
        result.push({
          id: newId(),
          block: block as EmuBlock,
          children: reuseIds([], children ?? [], audit, pinned),
          ...audit,
        });
      }
    }
    i = iEnd;
  };
  for (const [oi, nj] of pairs) {
    flushGap(oi, nj);
    result.push(old[oi] as StoredBlock);
    i = oi + 1;
    j = nj + 1;
  }
  flushGap(old.length, next.length);
  return result;
}

function touched(o: StoredBlock, audit: Audit): Audit {
  return {
    createdTime: o.createdTime,
    createdBy: o.createdBy,
    lastEditedTime: audit.lastEditedTime,
    lastEditedBy: audit.lastEditedBy,
  };
}

/** Index pairs of a longest common subsequence of two key lists. */
function lcs(a: readonly string[], b: readonly string[]): [number, number][] {
  const table: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let x = a.length - 1; x >= 0; x--) {
    for (let y = b.length - 1; y >= 0; y--) {
      const row = table[x] as number[];
      row[y] =
        a[x] === b[y]
          ? (table[x + 1]?.[y + 1] ?? 0) + 1
          : Math.max(table[x + 1]?.[y] ?? 0, row[y + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    if (a[x] === b[y]) {
      pairs.push([x, y]);
      x++;
      y++;
    } else if ((table[x + 1]?.[y] ?? 0) >= (table[x]?.[y + 1] ?? 0)) x++;
    else y++;
  }
  return pairs;
}

/** Replaces the canonical address of hosted files in a block by a freshly signed one. */
export function withSignedFiles(block: EmuBlock, store: Store): EmuBlock {
  const payload = block[block.type];
  if (!MEDIA_TYPES.has(block.type) || !isFilePayload(payload)) return block;
  return { ...block, [block.type]: { ...payload, file: signFileUrl(store, payload.file.url) } };
}

/**
 * A media block sent back with a signed address of a hosted file refers to that file again,
 * not to a new external image: strip the signature so it compares equal to the stored block.
 */
export function canonicalFiles(block: EmuBlock, store: Store): EmuBlock {
  const payload = block[block.type] as Record<string, unknown> | undefined;
  if (!MEDIA_TYPES.has(block.type) || !payload) return block;
  const external = payload.external as { url?: unknown } | undefined;
  const url = typeof external?.url === 'string' ? external.url : undefined;
  const file = url === undefined ? undefined : fileOfUrl(store, url);
  if (!file) return block;
  // Same key order as stored uploads, so both compare equal.
  return {
    ...block,
    [block.type]: {
      type: 'file',
      file: { url: canonicalFileUrl(store, file) },
      caption: payload.caption ?? [],
    },
  };
}

function isFilePayload(p: unknown): p is { type: 'file'; file: { url: string } } {
  const r = p as { type?: unknown; file?: { url?: unknown } } | undefined;
  return r?.type === 'file' && typeof r.file?.url === 'string';
}

/** A block as `blocks.children.list` answers it. */
export function blockObject(
  store: Store,
  stored: StoredBlock,
  parent: { type: 'page_id'; page_id: string } | { type: 'block_id'; block_id: string },
  withArchived: boolean,
): Record<string, unknown> {
  const block = withSignedFiles(stored.block, store);
  let payload = block[block.type];
  const child = childObjectOf(store, stored);
  if (child) payload = { title: childTitle(store, child) };
  return {
    object: 'block',
    id: stored.id,
    parent,
    created_time: isoRoundedToMinute(stored.createdTime),
    last_edited_time: isoRoundedToMinute(stored.lastEditedTime),
    created_by: { object: 'user', id: stored.createdBy },
    last_edited_by: { object: 'user', id: stored.lastEditedBy },
    has_children: stored.children.length > 0,
    in_trash: false,
    ...(withArchived ? { archived: false } : {}),
    type: block.type,
    [block.type]: payload ?? {},
  };
}

/** The page or database a child_page / child_database block stands for (same id). */
export function childObjectOf(
  store: Store,
  b: StoredBlock,
): { kind: 'page' | 'database'; record: PageRecord | DatabaseRecord } | undefined {
  if (b.block.type === 'child_page') {
    const record = store.pages.get(b.id);
    return record ? { kind: 'page', record } : undefined;
  }
  if (b.block.type === 'child_database') {
    const record = store.databases.get(b.id);
    return record ? { kind: 'database', record } : undefined;
  }
  return undefined;
}

/** A page body without the child pages and databases that were moved to the trash. */
export function liveBlocks(store: Store, blocks: readonly StoredBlock[]): StoredBlock[] {
  return blocks.filter(
    (b) => !CHILD_OBJECTS.has(b.block.type) || childObjectOf(store, b)?.record.inTrash === false,
  );
}

/** Child page and child database blocks anywhere in a body. */
export function childObjectsIn(blocks: readonly StoredBlock[]): StoredBlock[] {
  return blocks.flatMap((b) =>
    CHILD_OBJECTS.has(b.block.type) ? [b] : childObjectsIn(b.children),
  );
}

export function childTitle(
  store: Store,
  child: NonNullable<ReturnType<typeof childObjectOf>>,
): string {
  const title =
    child.kind === 'page'
      ? store.pageTitle(child.record as PageRecord)
      : (child.record as DatabaseRecord).title;
  return title.map((t) => t.plain_text).join('');
}
