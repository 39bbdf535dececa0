/**
 * Random edit scripts on the generated model: insert, delete, modify and move, on paragraphs,
 * headings, quotes, code (a line changed, added or removed), math, list items and table rows.
 * An edit is data (ids and words), so the same edit can be made on both sides.
 */
import {
  cloneDoc,
  newTokens,
  picker,
  type Doc,
  type Group,
  type Ids,
  type Rng,
  type Token,
} from './merge-model.js';

export type Op =
  | { k: 'modify'; id: string; tag: string; variant: number }
  | { k: 'delete'; id: string }
  | { k: 'insert'; after: string; id: string; tokens: Token[] }
  | { k: 'move'; id: string; after: string };

interface Place {
  id: string;
  group: number;
  item?: number;
  row?: number;
}

/** Every editable unit of a document, in order. */
export function places(doc: Doc): Place[] {
  const out: Place[] = [];
  doc.groups.forEach((group, g) => {
    if (group.kind === 'list')
      group.items.forEach((item, i) => out.push({ id: item.id, group: g, item: i }));
    else if (group.kind === 'table')
      group.rows.forEach((row, r) => out.push({ id: row.id, group: g, row: r }));
    else if ('id' in group) out.push({ id: group.id, group: g });
  });
  return out;
}

/** A random edit of `doc`; `tag` is the word it writes, `ids` names new units. */
export function randomOp(rng: Rng, doc: Doc, tag: string, ids: Ids): Op | undefined {
  const { pick, int } = picker(rng);
  const all = places(doc);
  // The first heading stays: it keeps every document non-empty and gives insertions a place.
  const editable = all.filter((place) => place.group > 0);
  if (editable.length === 0) return undefined;
  const target = pick(editable);
  const r = rng();
  if (r < 0.4) return { k: 'modify', id: target.id, tag, variant: int(0, 2) };
  if (r < 0.6) return { k: 'delete', id: target.id };
  if (r < 0.85)
    return { k: 'insert', after: pick(all).id, id: ids.take(), tokens: newTokens(rng, '') };
  const peers = all.filter((place) =>
    target.item !== undefined || target.row !== undefined
      ? place.group === target.group && place.id !== target.id
      : place.item === undefined && place.row === undefined && place.id !== target.id,
  );
  if (
    peers.length === 0 ||
    (target.item === undefined &&
      target.row === undefined &&
      doc.groups[target.group]?.kind !== 'paragraph')
  )
    return { k: 'modify', id: target.id, tag, variant: int(0, 2) };
  return { k: 'move', id: target.id, after: pick(peers).id };
}

/** `doc` with the edits made in order (an edit whose unit is gone is skipped). */
export function applyOps(doc: Doc, ops: Op[]): Doc {
  const out = cloneDoc(doc);
  for (const op of ops) applyOp(out, op);
  return out;
}

function applyOp(doc: Doc, op: Op): void {
  const place = places(doc).find((p) => p.id === (op.k === 'insert' ? op.after : op.id));
  if (!place) return;
  const group = doc.groups[place.group] as Group;
  switch (op.k) {
    case 'modify':
      return modify(group, place, op.tag, op.variant);
    case 'delete':
      return remove(doc, place);
    case 'insert': {
      const tokens: Token[] = [{ t: 'word', w: op.id }, ...op.tokens.slice(1)];
      if (group.kind === 'list' && place.item !== undefined) {
        group.items.splice(place.item + 1, 0, {
          id: op.id,
          tokens,
          ...(group.task ? { checked: false } : {}),
        });
      } else if (group.kind === 'table' && place.row !== undefined) {
        group.rows.splice(place.row + 1, 0, {
          id: op.id,
          cells: [op.id, ...group.header.slice(1).map(() => 'new')],
        });
      } else {
        // After a list or a table, a paragraph goes after the whole group.
        doc.groups.splice(place.group + 1, 0, {
          kind: 'paragraph',
          id: op.id,
          tokens,
          style: { emphasis: '*', strong: '**', wrap: 0, hardBreak: '\\\n' },
        });
      }
      return;
    }
    case 'move': {
      const anchor = places(doc).find((p) => p.id === op.after);
      if (!anchor) return;
      if (group.kind === 'list' && place.item !== undefined && anchor.item !== undefined) {
        const [moved] = group.items.splice(place.item, 1);
        const at = group.items.findIndex((item) => item.id === op.after);
        if (moved) group.items.splice(at + 1, 0, moved);
      } else if (group.kind === 'table' && place.row !== undefined && anchor.row !== undefined) {
        const [moved] = group.rows.splice(place.row, 1);
        const at = group.rows.findIndex((row) => row.id === op.after);
        if (moved) group.rows.splice(at + 1, 0, moved);
      } else if (anchor.item === undefined && anchor.row === undefined) {
        const [moved] = doc.groups.splice(place.group, 1);
        const at = doc.groups.findIndex((g) => 'id' in g && g.id === op.after);
        if (moved) doc.groups.splice(at + 1, 0, moved);
      }
    }
  }
}

function modify(group: Group, place: Place, tag: string, variant: number): void {
  switch (group.kind) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      group.tokens.push({ t: 'word', w: tag });
      return;
    case 'list': {
      const item = group.items[place.item ?? -1];
      if (!item) return;
      if (variant === 1 && item.checked !== undefined) item.checked = !item.checked;
      item.tokens.push({ t: 'word', w: tag });
      return;
    }
    case 'table': {
      const row = group.rows[place.row ?? -1];
      if (row) row.cells[row.cells.length - 1] = `${row.cells[row.cells.length - 1] ?? ''} ${tag}`;
      return;
    }
    case 'code': {
      // Inside code: change a line, add one, or remove one (never the marker line).
      const at = 1 + (tag.length % Math.max(1, group.lines.length - 1));
      if (variant === 0 && group.lines.length > 1)
        group.lines[at] = `${group.lines[at] ?? ''} // ${tag}`;
      else if (variant === 2 && group.lines.length > 2) group.lines.splice(at, 1);
      else group.lines.splice(at, 0, `${tag}();`);
      return;
    }
    case 'math':
      group.lines[0] = `${group.lines[0] ?? ''} + ${tag}`;
      return;
    default:
      return;
  }
}

function remove(doc: Doc, place: Place): void {
  const group = doc.groups[place.group] as Group;
  if (group.kind === 'list' && place.item !== undefined) {
    group.items.splice(place.item, 1);
    if (group.items.length === 0) doc.groups.splice(place.group, 1);
  } else if (group.kind === 'table' && place.row !== undefined) {
    group.rows.splice(place.row, 1);
  } else {
    doc.groups.splice(place.group, 1);
  }
}
