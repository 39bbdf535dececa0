import type { Client } from '@notionhq/client';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { emulatorClient } from './client.js';
import { startEmulator, type Emulator } from './index.js';

/** Fast SDK retries, so fault tests do not wait seconds for the client's back-off. */
export const FAST_RETRY = { maxRetries: 2, initialRetryDelayMs: 5, maxRetryDelayMs: 20 };

/**
 * One emulator per test file, reset before each test; `client` is the integration,
 * `editor` the teammate in the Notion app.
 */
export function useEmulator(options: Parameters<typeof startEmulator>[0] = {}): {
  emu: () => Emulator;
  client: () => Client;
  editor: () => Client;
} {
  let emulator: Emulator | undefined;
  let client: Client | undefined;
  let editor: Client | undefined;
  beforeAll(async () => {
    emulator = await startEmulator(options);
    client = emulatorClient(emulator, { retry: FAST_RETRY });
    editor = emulatorClient(emulator, { as: 'editor', retry: FAST_RETRY });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  beforeEach(() => {
    emulator?.reset();
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('emulator not started');
    return value;
  };
  return { emu: () => need(emulator), client: () => need(client), editor: () => need(editor) };
}

export type AnyObject = Record<string, unknown> & { id: string };

/** Creates a page in a data source through `client.request`, as the product does (SDK 5.26 drops `markdown_version`). */
export async function createPage(
  client: Client,
  dataSourceId: string,
  options: { title?: string; properties?: Record<string, unknown>; markdown?: string } = {},
): Promise<AnyObject> {
  const properties: Record<string, unknown> = { ...options.properties };
  if (options.title !== undefined)
    properties.Title = { title: [{ text: { content: options.title } }] };
  const body: Record<string, unknown> = { parent: { data_source_id: dataSourceId }, properties };
  if (options.markdown !== undefined) {
    body.markdown = options.markdown;
    body.markdown_version = 'v2';
  }
  return client.request<AnyObject>({ path: 'pages', method: 'post', body });
}

export interface PageMarkdown {
  object: 'page_markdown';
  id: string;
  markdown: string;
  truncated: boolean;
  unknown_block_ids: string[];
}

export function getMarkdown(client: Client, pageId: string): Promise<PageMarkdown> {
  return client.request<PageMarkdown>({
    path: `pages/${pageId}/markdown`,
    method: 'get',
    query: { markdown_version: 'v2' },
  });
}

export function replaceContent(
  client: Client,
  pageId: string,
  markdown: string,
  extra: Record<string, unknown> = {},
): Promise<PageMarkdown> {
  return client.request<PageMarkdown>({
    path: `pages/${pageId}/markdown`,
    method: 'patch',
    body: {
      markdown_version: 'v2',
      type: 'replace_content',
      replace_content: { new_str: markdown, ...extra },
    },
  });
}

export function updateContent(
  client: Client,
  pageId: string,
  updates: { old_str: string; new_str: string; replace_all_matches?: boolean }[],
  extra: Record<string, unknown> = {},
): Promise<PageMarkdown> {
  return client.request<PageMarkdown>({
    path: `pages/${pageId}/markdown`,
    method: 'patch',
    body: {
      markdown_version: 'v2',
      type: 'update_content',
      update_content: { content_updates: updates, ...extra },
    },
  });
}

/** The rejection of a promise, for asserting Notion error codes. */
export async function rejection(promise: Promise<unknown>): Promise<{
  status?: number;
  code?: string;
  message: string;
  headers?: unknown;
  additional_data?: Record<string, unknown>;
  body?: string;
}> {
  try {
    await promise;
  } catch (error) {
    return error as { status?: number; code?: string; message: string };
  }
  throw new Error('expected the request to fail');
}
