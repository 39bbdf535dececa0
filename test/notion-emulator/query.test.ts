import { describe, expect, it } from 'vitest';
import { createPage, rejection, useEmulator } from './harness.js';

const { emu, client } = useEmulator();

async function seed(): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const rows: [string, string, string, string][] = [
    ['Intent – s1', 'Intent', 's1', 'Draft'],
    ['Spec – s1', 'Specification', 's1', 'In Review'],
    ['Plan – s2', 'Plan', 's2', 'Locked'],
    ['Tasks – s2', 'Tasks', 's2', 'Superseded'],
  ];
  for (const [title, stage, session, status] of rows) {
    const page = await createPage(client(), emu().dataSourceId, {
      title,
      properties: {
        Stage: { select: { name: stage } },
        Session: { rich_text: [{ text: { content: session } }] },
        Status: { status: { name: status } },
      },
    });
    ids[title] = page.id;
    emu().clock.advance(60_000);
  }
  return ids;
}

async function titles(body: Record<string, unknown>): Promise<string[]> {
  const res = await client().dataSources.query({ data_source_id: emu().dataSourceId, ...body });
  return res.results.map((p) => {
    const title = 'properties' in p ? p.properties.Title : undefined;
    return title?.type === 'title' ? title.title.map((t) => t.plain_text).join('') : '?';
  });
}

describe('data source queries', () => {
  it('filters by select, status, rich_text and title', async () => {
    await seed();
    expect(await titles({ filter: { property: 'Stage', select: { equals: 'Plan' } } })).toEqual([
      'Plan – s2',
    ]);
    expect(
      await titles({
        filter: { property: 'Status', status: { does_not_equal: 'Draft' } },
        sorts: [{ property: 'Title', direction: 'ascending' }],
      }),
    ).toEqual(['Plan – s2', 'Spec – s1', 'Tasks – s2']);
    expect(
      await titles({
        filter: { property: 'Session', rich_text: { equals: 's1' } },
        sorts: [{ property: 'Title', direction: 'ascending' }],
      }),
    ).toEqual(['Intent – s1', 'Spec – s1']);
    expect(
      await titles({ filter: { property: 'Title', title: { starts_with: 'Tasks' } } }),
    ).toEqual(['Tasks – s2']);
    expect(
      await titles({ filter: { property: 'Layer', select: { is_empty: true } }, page_size: 1 }),
    ).toHaveLength(1);
  });

  it('refuses a filter whose condition does not match the property type', async () => {
    await seed();
    const error = await rejection(
      titles({ filter: { property: 'Stage', rich_text: { equals: 'Plan' } } }),
    );
    expect(error.code).toBe('validation_error');
    const unknown = await rejection(
      titles({ filter: { property: 'Nope', select: { equals: 'x' } } }),
    );
    expect(unknown.code).toBe('validation_error');
  });

  it('combines and/or two levels deep and refuses a third level', async () => {
    await seed();
    const twoLevels = {
      and: [
        { property: 'Session', rich_text: { equals: 's2' } },
        {
          or: [
            { property: 'Stage', select: { equals: 'Plan' } },
            { property: 'Status', status: { equals: 'Draft' } },
          ],
        },
      ],
    };
    expect(await titles({ filter: twoLevels })).toEqual(['Plan – s2']);
    const threeLevels = {
      and: [{ or: [{ and: [{ property: 'Stage', select: { equals: 'Plan' } }] }] }],
    };
    expect((await rejection(titles({ filter: threeLevels }))).code).toBe('validation_error');
  });

  it('filters on timestamps', async () => {
    emu().clock.setSpeed(0);
    emu().clock.set('2026-01-10T10:00:30.000Z');
    await seed();
    const after = await titles({
      filter: {
        timestamp: 'created_time',
        created_time: { on_or_after: '2026-01-10T10:02:00.000Z' },
      },
      sorts: [{ timestamp: 'created_time', direction: 'ascending' }],
    });
    expect(after).toEqual(['Plan – s2', 'Tasks – s2']);
    const edited = await titles({
      filter: {
        timestamp: 'last_edited_time',
        last_edited_time: { before: '2026-01-10T10:01:00.000Z' },
      },
    });
    expect(edited).toEqual(['Intent – s1']);
  });

  it('A-API-07: timestamp filters and sorts use the minute-rounded times the API shows', async () => {
    emu().clock.setSpeed(0);
    emu().clock.set('2026-01-10T10:00:45.000Z');
    await createPage(client(), emu().dataSourceId, { title: 'A' });
    // Created 10:00:45, shown as 10:00:00: not "after" 10:00:00.
    expect(
      await titles({
        filter: { timestamp: 'created_time', created_time: { after: '2026-01-10T10:00:00.000Z' } },
      }),
    ).toEqual([]);
    expect(
      await titles({
        filter: { timestamp: 'created_time', created_time: { equals: '2026-01-10T10:00:00.000Z' } },
      }),
    ).toEqual(['A']);
  });

  it('sorts by property and timestamp, in both directions', async () => {
    await seed();
    expect(await titles({ sorts: [{ property: 'Stage', direction: 'ascending' }] })).toEqual([
      'Intent – s1',
      'Spec – s1',
      'Plan – s2',
      'Tasks – s2',
    ]);
    expect(
      await titles({ sorts: [{ timestamp: 'created_time', direction: 'descending' }] }),
    ).toEqual(['Tasks – s2', 'Plan – s2', 'Spec – s1', 'Intent – s1']);
    expect(
      await titles({
        sorts: [
          { property: 'Session', direction: 'descending' },
          { property: 'Title', direction: 'ascending' },
        ],
      }),
    ).toEqual(['Plan – s2', 'Tasks – s2', 'Intent – s1', 'Spec – s1']);
  });

  it('A-API-05: without sorts, newest created first; empty values sort last', async () => {
    await seed();
    expect(await titles({})).toEqual(['Tasks – s2', 'Plan – s2', 'Spec – s1', 'Intent – s1']);
    await createPage(client(), emu().dataSourceId, {});
    const byTitle = await titles({ sorts: [{ property: 'Title', direction: 'descending' }] });
    expect(byTitle.at(-1)).toBe('');
  });

  it('A-API-06: text equals is exact, contains/starts_with ignore case', async () => {
    await seed();
    expect(await titles({ filter: { property: 'Session', rich_text: { equals: 'S1' } } })).toEqual(
      [],
    );
    expect(await titles({ filter: { property: 'Title', title: { contains: 'INTENT' } } })).toEqual([
      'Intent – s1',
    ]);
    expect(
      await titles({
        filter: { property: 'Title', rich_text: { ends_with: 'S2' } },
        sorts: [{ property: 'Title', direction: 'ascending' }],
      }),
    ).toEqual(['Plan – s2', 'Tasks – s2']);
  });

  it('pages results with page_size <= 100 and cursors', async () => {
    for (let i = 0; i < 5; i++) await createPage(client(), emu().dataSourceId, { title: `p${i}` });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await client().dataSources.query({
        data_source_id: emu().dataSourceId,
        page_size: 2,
        start_cursor: cursor,
        sorts: [{ property: 'Title', direction: 'ascending' }],
      });
      expect(res.results.length).toBeLessThanOrEqual(2);
      seen.push(...res.results.map((r) => r.id));
      cursor = res.next_cursor ?? undefined;
      expect(res.has_more).toBe(cursor !== undefined);
    } while (cursor);
    expect(new Set(seen).size).toBe(5);
    expect((await rejection(titles({ page_size: 101 }))).code).toBe('validation_error');
    expect((await rejection(titles({ start_cursor: 'garbage' }))).code).toBe('validation_error');
  });

  it('filters relations with contains', async () => {
    const ids = await seed();
    const intent = ids['Intent – s1'] ?? '';
    await client().pages.update({
      page_id: ids['Spec – s1'] ?? '',
      properties: { 'Upstream Artifact': { relation: [{ id: intent }] } },
    });
    expect(
      await titles({ filter: { property: 'Upstream Artifact', relation: { contains: intent } } }),
    ).toEqual(['Spec – s1']);
    expect(
      await titles({
        filter: { property: 'Downstream Artifact(s)', relation: { is_not_empty: true } },
      }),
    ).toEqual(['Intent – s1']);
  });
});
