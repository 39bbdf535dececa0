/**
 * A small seeded generator of GFM documents: random mixes of the block and inline shapes real
 * artifacts use, including the awkward ones (escapes, `$`, `{}`, pipes, wrapped lines).
 */

/** mulberry32: a tiny deterministic PRNG. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'sync artifact notion spine hash ledger push pull merge block table list page commit session ' +
  'stage intent spec plan tasks feedback the a of to and with for is not idse_id sync_metadata ' +
  'remote_id v2 GFM markdown'
).split(' ');
const ODD = [
  '$5',
  '{x}',
  '<tag>',
  'a|b',
  '2^10',
  '&amp;',
  'x_y_z',
  '_lead',
  '#hash',
  '~tilde',
  '*star',
  '\\',
  '[br]',
  ':smile:',
];

export function generateDocument(seed: number): string {
  const rnd = random(seed + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const chance = (p: number): boolean => rnd() < p;
  const escape = (word: string): string => word.replace(/[\\`*_[\]<>|~$#&]/g, '\\$&');

  const words = (min: number, max: number): string => {
    const count = min + Math.floor(rnd() * (max - min + 1));
    return Array.from({ length: count }, () =>
      chance(0.08) ? escape(pick(ODD)) : pick(WORDS),
    ).join(' ');
  };
  const inline = (): string => {
    const parts: string[] = [];
    const count = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < count; i += 1) {
      const text = words(1, 4);
      const mark = Math.floor(rnd() * 9);
      if (mark === 0) parts.push(`*${text}*`);
      else if (mark === 1) parts.push(`**${text}**`);
      else if (mark === 2) parts.push(`\`${pick(WORDS)}${chance(0.3) ? ' | x' : ''}\``);
      else if (mark === 3) parts.push(`[${text}](https://example.com/${pick(WORDS)})`);
      else if (mark === 4) parts.push(`~~${text}~~`);
      else parts.push(text);
    }
    return parts.join(' ');
  };
  const wrap = (text: string): string => {
    if (!chance(0.5)) return text;
    const width = 20 + Math.floor(rnd() * 40);
    let line = '';
    const lines: string[] = [];
    for (const token of text.split(' ')) {
      if (line.length + token.length > width && line !== '') {
        lines.push(line);
        line = token;
      } else line = line ? `${line} ${token}` : token;
    }
    lines.push(line);
    return lines.join('\n');
  };
  const list = (depth: number): string => {
    const ordered = chance(0.35);
    const task = !ordered && chance(0.25);
    const marker = pick(['-', '*', '+']);
    const start = ordered && chance(0.2) ? 3 : 1;
    const loose = chance(0.25);
    const items: string[] = [];
    const count = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < count; i += 1) {
      const head = ordered ? `${start + i}.` : marker;
      const box = task ? (chance(0.5) ? '[x] ' : '[ ] ') : '';
      const indent = ' '.repeat(head.length + 1);
      let item = `${head} ${box}${inline()}`;
      if (depth < 2 && chance(0.3))
        item += `\n${list(depth + 1)
          .replace(/^/gm, indent)
          .replace(/^\s+$/gm, '')}`;
      items.push(item);
    }
    return items.join(loose ? '\n\n' : '\n');
  };
  const table = (): string => {
    const cols = 2 + Math.floor(rnd() * 3);
    const row = (): string =>
      `| ${Array.from({ length: cols }, () => (chance(0.2) ? '`a \\| b`' : words(1, 3))).join(' | ')} |`;
    const rows = Array.from({ length: 1 + Math.floor(rnd() * 4) }, row);
    return [row(), `|${' --- |'.repeat(cols)}`, ...rows].join('\n');
  };
  const block = (): string => {
    switch (Math.floor(rnd() * 12)) {
      case 0:
        return `${'#'.repeat(1 + Math.floor(rnd() * 6))} ${words(1, 5)}`;
      case 1:
      case 2:
        return list(0);
      case 3: {
        const body = chance(0.2) ? 'const t = ```inner```;' : `${pick(WORDS)}(${pick(WORDS)});`;
        return `\`\`\`\`${chance(0.6) ? pick(['ts', 'python', 'sh', '']) : ''}\n${body}\n\`\`\`\``;
      }
      case 4:
        return table();
      case 5:
        return chance(0.5)
          ? `> ${wrap(inline()).replace(/\n/g, '\n> ')}`
          : `> ${inline()}\n>\n> - ${words(1, 3)}\n> - ${words(1, 3)}`;
      case 6:
        return pick(['---', '***', '___']);
      case 7:
        return `![${words(1, 2)}](https://example.com/${pick(WORDS)}.png)`;
      case 8:
        return chance(0.5) ? `<!-- ${words(2, 4)} -->` : `$$\nx^${Math.floor(rnd() * 9)}\n$$`;
      default:
        return wrap(`${inline()}${chance(0.2) ? `  \n${inline()}` : ''}`);
    }
  };
  const count = 3 + Math.floor(rnd() * 14);
  return `${Array.from({ length: count }, block).join('\n\n')}\n`;
}
