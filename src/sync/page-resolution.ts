import type { Stage } from '../spine/index.js';
import type { RemotePage } from '../notion/design-store.js';
import { readValue } from '../notion/schema-check.js';
import { PROPERTIES, compactId, stageFromNotion } from '../notion/schema-map.js';

/** The pages of one artifact: the one to keep, and any duplicates of it. */
export interface ResolvedPage {
  page: RemotePage;
  duplicates: RemotePage[];
}

/** What a page says it is: its Session text and Stage select (read through the aliases). */
export function pageIdentity(page: RemotePage): { session: string; stage: Stage } | undefined {
  const session = readValue(page.properties[PROPERTIES.session.name], 'rich_text');
  const stage = readValue(page.properties[PROPERTIES.stage.name], 'select');
  if (session?.type !== 'rich_text' || stage?.type !== 'select') return undefined;
  const parsed = stageFromNotion(stage.name);
  return parsed === undefined ? undefined : { session: session.text.trim(), stage: parsed };
}

/** Oldest first by created_time, then id: every machine picks the same page to keep. */
export function compareAge(a: RemotePage, b: RemotePage): number {
  if (a.createdTime !== b.createdTime) return a.createdTime < b.createdTime ? -1 : 1;
  const x = compactId(a.id);
  const y = compactId(b.id);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Indexes the data source's pages by Session and Stage. A cached page id is only a hint:
 * the page found by identity wins, so a dead id (deleted page, another workspace) costs
 * nothing and a stale spine cannot cause a duplicate.
 */
export class PageIndex {
  private readonly bySessionStage = new Map<string, RemotePage[]>();
  private readonly byId = new Map<string, RemotePage>();

  constructor(pages: readonly RemotePage[]) {
    for (const page of pages) {
      if (page.inTrash) continue;
      this.byId.set(compactId(page.id), page);
      const identity = pageIdentity(page);
      if (identity === undefined) continue;
      const key = `${identity.session}\u0000${identity.stage}`;
      this.bySessionStage.set(key, [...(this.bySessionStage.get(key) ?? []), page]);
    }
  }

  resolve(session: string, stage: Stage, cachedId: string | null): ResolvedPage | undefined {
    const matches = [...(this.bySessionStage.get(`${session}\u0000${stage}`) ?? [])];
    if (matches.length === 0 && cachedId !== null) {
      // A page renamed in Notion (Session or Stage edited) is still ours by its id.
      const cached = this.byId.get(compactId(cachedId));
      if (cached !== undefined) matches.push(cached);
    }
    if (matches.length === 0) return undefined;
    matches.sort(compareAge);
    const [page, ...duplicates] = matches;
    return page === undefined ? undefined : { page, duplicates };
  }

  get size(): number {
    return this.byId.size;
  }
}
