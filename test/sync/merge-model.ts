/**
 * Generated documents for the merge tests: a small model of a design document that covers every
 * block kind in the variants Notion canonicalizes (setext/ATX, `*`/`_`, bullet and numbering
 * forms, escapes, entities, autolinks, hard-break forms, padded tables with alignment rows, code
 * fences and language aliases, indented code, comments…), rendered to GFM deterministically, so a
 * unit nobody edits keeps its bytes. Every unit carries a marker (`u12`) that identifies it in any
 * rendering, Notion's included.
 */
import { random } from '../markdown/generator.js';

export type Rng = () => number;

export interface Style {
  emphasis: '*' | '_';
  strong: '**' | '__';
  wrap: number;
  hardBreak: '  \n' | '\\\n' | '<br>';
}

/** Inline pieces of a text unit. */
export type Token =
  | { t: 'word'; w: string }
  | { t: 'em' | 'strong' | 'code'; w: string }
  | { t: 'link'; w: string; url: string }
  | { t: 'autolink'; url: string }
  | { t: 'entity' }
  | { t: 'escape' }
  | { t: 'break' }
  | { t: 'comment'; text: string };

export interface Item {
  id: string;
  tokens: Token[];
  checked?: boolean;
  /** A nested child item's words (part of the unit). */
  child?: string;
}

export interface Row {
  id: string;
  cells: string[];
}

export type Group =
  | { kind: 'heading'; id: string; depth: number; setext: boolean; tokens: Token[] }
  | { kind: 'paragraph'; id: string; tokens: Token[]; style: Style }
  | { kind: 'quote'; id: string; tokens: Token[] }
  | { kind: 'code'; id: string; lang: string; fence: '```' | '~~~' | 'indent'; lines: string[] }
  | { kind: 'math'; id: string; lines: string[] }
  | { kind: 'divider'; style: string }
  | { kind: 'image'; id: string }
  | { kind: 'comment'; text: string }
  | {
      kind: 'list';
      ordered: boolean;
      marker: string;
      repeat: boolean;
      task: boolean;
      loose: boolean;
      items: Item[];
    }
  | { kind: 'table'; id: string; padded: boolean; align: boolean; header: string[]; rows: Row[] };

export interface Doc {
  groups: Group[];
}

const WORDS = (
  'index query rank score token merge page block sync ledger spine stage intent plan tasks ' +
  'note title body cache disk memory order field value limit batch cursor owner review'
).split(' ');
const LANGS = ['js', 'ts', 'sh', 'py', 'javascript', 'yaml', ''];

/** Ids of new units are unique across a whole run. */
export class Ids {
  private next = 0;
  constructor(private readonly prefix: string) {}
  take(): string {
    this.next += 1;
    return `${this.prefix}${this.next}`;
  }
}

export function picker(rng: Rng) {
  return {
    pick: <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T,
    chance: (p: number): boolean => rng() < p,
    int: (min: number, max: number): number => min + Math.floor(rng() * (max - min + 1)),
  };
}

export function words(rng: Rng, min: number, max: number): string {
  const { pick, int } = picker(rng);
  return Array.from({ length: int(min, max) }, () => pick(WORDS)).join(' ');
}

function tokens(rng: Rng, id: string, rich: boolean): Token[] {
  const { pick, chance, int } = picker(rng);
  const out: Token[] = [{ t: 'word', w: id }];
  for (let n = int(3, 9); n > 0; n -= 1) {
    const r = rng();
    if (!rich || r < 0.6) out.push({ t: 'word', w: pick(WORDS) });
    else if (r < 0.68) out.push({ t: 'em', w: pick(WORDS) });
    else if (r < 0.74) out.push({ t: 'strong', w: pick(WORDS) });
    else if (r < 0.79) out.push({ t: 'code', w: pick(WORDS) });
    else if (r < 0.83)
      out.push({ t: 'link', w: pick(WORDS), url: `https://example.com/link-${id.slice(1)}` });
    else if (r < 0.86) out.push({ t: 'autolink', url: `https://example.com/${pick(WORDS)}` });
    else if (r < 0.89) out.push({ t: 'entity' });
    else if (r < 0.92) out.push({ t: 'escape' });
    else if (r < 0.95 && chance(0.5)) out.push({ t: 'break' });
    else out.push({ t: 'comment', text: `<!-- ${pick(WORDS)} note -->` });
  }
  // A hard break ends nothing: at the end of a paragraph it would be a trailing `\\`.
  while (out[out.length - 1]?.t === 'break') out.pop();
  return out;
}

/** A new unit of text for an insertion (a paragraph, a list item, a table row). */
export function newTokens(rng: Rng, id: string): Token[] {
  return tokens(rng, id, false);
}

export function generateDoc(seed: number, ids: Ids): Doc {
  const rng = random(seed);
  const { pick, chance, int } = picker(rng);
  const style = (): Style => ({
    emphasis: pick(['*', '_'] as const),
    strong: pick(['**', '__'] as const),
    wrap: chance(0.4) ? int(30, 60) : 0,
    hardBreak: pick(['  \n', '\\\n', '<br>'] as const),
  });
  const groups: Group[] = [];
  const heading = (depth: number): Group => {
    const id = ids.take();
    return {
      kind: 'heading',
      id,
      depth,
      setext: depth <= 2 && chance(0.4),
      tokens: tokens(rng, id, false),
    };
  };
  groups.push(heading(1));
  if (chance(0.5)) groups.push({ kind: 'comment', text: `<!-- guidance: ${words(rng, 3, 6)} -->` });
  for (let n = int(5, 9); n > 0; n -= 1) {
    // Two lists in a row would read as one, and indented code after a list as part of it.
    const afterList = groups[groups.length - 1]?.kind === 'list';
    const r = afterList ? rng() * 0.3 : rng();
    if (r < 0.3) {
      const id = ids.take();
      groups.push({ kind: 'paragraph', id, tokens: tokens(rng, id, true), style: style() });
    } else if (r < 0.4) groups.push(heading(int(2, 3)));
    else if (r < 0.55) {
      const ordered = chance(0.4);
      const task = !ordered && chance(0.3);
      groups.push({
        kind: 'list',
        ordered,
        marker: ordered ? pick(['.', ')']) : pick(['-', '*', '+']),
        repeat: ordered && chance(0.3),
        task,
        loose: chance(0.2),
        items: Array.from({ length: int(2, 4) }, () => {
          const id = ids.take();
          return {
            id,
            tokens: tokens(rng, id, true).filter((t) => t.t !== 'break' && t.t !== 'comment'),
            ...(task ? { checked: chance(0.5) } : {}),
            ...(chance(0.2) ? { child: words(rng, 2, 4) } : {}),
          };
        }),
      });
    } else if (r < 0.67) {
      const id = ids.take();
      const width = int(2, 3);
      groups.push({
        kind: 'table',
        id,
        padded: chance(0.5),
        align: chance(0.3),
        header: [id, ...Array.from({ length: width - 1 }, () => words(rng, 1, 2))],
        rows: Array.from({ length: int(1, 3) }, () => {
          const row = ids.take();
          return {
            id: row,
            cells: [row, ...Array.from({ length: width - 1 }, () => words(rng, 1, 2))],
          };
        }),
      });
    } else if (r < 0.8) {
      const id = ids.take();
      const lang = pick(LANGS);
      groups.push({
        kind: 'code',
        id,
        lang,
        // Indented code right after the first heading only: after a list it would join the list.
        fence:
          lang === '' && groups.length === 1 && chance(0.6)
            ? 'indent'
            : pick(['```', '~~~'] as const),
        lines: [
          `// ${id}`,
          ...Array.from({ length: int(1, 4) }, () => `${pick(WORDS)}(${pick(WORDS)});`),
        ],
      });
    } else if (r < 0.86) {
      const id = ids.take();
      groups.push({
        kind: 'quote',
        id,
        tokens: tokens(rng, id, true).filter((t) => t.t !== 'break'),
      });
    } else if (r < 0.9) groups.push({ kind: 'math', id: ids.take(), lines: ['x = y + 1'] });
    else if (r < 0.94)
      groups.push({ kind: 'divider', style: pick(['---', '***', '___', '- - -']) });
    else if (r < 0.97) groups.push({ kind: 'image', id: ids.take() });
    else groups.push({ kind: 'comment', text: `<!--\n${words(rng, 2, 5)}\n-->` });
  }
  return { groups };
}

export function cloneDoc(doc: Doc): Doc {
  return structuredClone(doc);
}
