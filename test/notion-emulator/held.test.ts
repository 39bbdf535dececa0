import { describe, expect, it } from 'vitest';
import { createPage, useEmulator } from './harness.js';

const { emu, client } = useEmulator();

describe('held requests (a test stops a run at an exact request)', () => {
  it('skips the first matching requests, then holds the next one unapplied until released', async () => {
    emu().injectFault({ method: 'POST', path: '/v1/pages', skip: 1, hold: true });
    await createPage(client(), emu().dataSourceId, { title: 'first' });
    const second = createPage(client(), emu().dataSourceId, { title: 'second' });
    const [held] = await emu().waitForHeld();
    expect(held).toMatchObject({ method: 'POST', path: '/v1/pages', status: null, fault: 'hold' });
    expect(emu().listPages()).toHaveLength(1);
    emu().releaseHeld(held?.seq ?? 0, 'apply');
    const page = await second;
    expect(
      emu()
        .listPages()
        .map((p) => p.id),
    ).toContain(page.id);
    expect(emu().heldRequests()).toEqual([]);
  });

  it('A-API-36: a held request released with "drop" is never applied; with "apply" after its client left, it is', async () => {
    emu().injectFault({ method: 'POST', path: '/v1/pages', hold: true, count: 2 });
    const abort = new AbortController();
    const send = (title: string) =>
      fetch(`${emu().url}/v1/pages`, {
        method: 'POST',
        signal: abort.signal,
        headers: {
          authorization: `Bearer ${emu().token}`,
          'notion-version': '2026-03-11',
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          parent: { data_source_id: emu().dataSourceId },
          properties: { Title: { title: [{ text: { content: title } }] } },
        }),
      });
    const dropped = send('dropped');
    const [first] = await emu().waitForHeld();
    const applied = send('applied after the client left');
    const held = await emu().waitForHeld(2);
    expect(held.map((e) => e.seq)).toEqual([first?.seq, first ? first.seq + 1 : 0]);
    emu().releaseHeld(first?.seq ?? 0, 'drop');
    await expect(dropped).rejects.toThrow();
    abort.abort();
    await expect(applied).rejects.toThrow();
    emu().releaseHeld(held[1]?.seq ?? 0, 'apply');
    await expect.poll(() => emu().listPages().length).toBe(1);
    expect(emu().listPages()[0]?.properties).toMatchObject({
      Title: { title: [{ plain_text: 'applied after the client left' }] },
    });
  });

  it('lists and releases held requests through /__emulator/held; reset drops what is held', async () => {
    emu().injectFault({ method: 'GET', path: '/v1/users/me', hold: true, count: 2 });
    const answered = client().users.me({});
    await emu().waitForHeld();
    const listed = (await (await fetch(`${emu().url}/__emulator/held`)).json()) as {
      held: { seq: number }[];
    };
    expect(listed.held).toHaveLength(1);
    const release = await fetch(`${emu().url}/__emulator/held/release`, {
      method: 'POST',
      body: JSON.stringify({ seq: listed.held[0]?.seq, outcome: 'apply' }),
    });
    expect(release.status).toBe(200);
    await expect(answered).resolves.toMatchObject({ object: 'user' });
    const bad = await fetch(`${emu().url}/__emulator/held/release`, {
      method: 'POST',
      body: JSON.stringify({ seq: 999, outcome: 'apply' }),
    });
    expect(bad.status).toBe(400);

    const abandoned = fetch(`${emu().url}/v1/users/me`, {
      headers: { authorization: `Bearer ${emu().token}`, 'notion-version': '2026-03-11' },
    });
    await emu().waitForHeld();
    emu().reset();
    await expect(abandoned).rejects.toThrow();
    expect(emu().heldRequests()).toEqual([]);
  });

  it('refuses a hold combined with another effect, and a negative skip', () => {
    expect(() => emu().injectFault({ hold: true, status: 500 })).toThrow(/at most one/);
    expect(() => emu().injectFault({ hold: true, skip: -1 })).toThrow(/skip/);
  });
});
