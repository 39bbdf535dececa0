import { describe, expect, it } from 'vitest';
import {
  applyNotionEditToGfm,
  gfmBlocks,
  gfmToNotion,
  notionBlocks,
  notionToGfm,
} from '../../src/markdown/index.js';
import { HAS_SHARED_FIXTURES, SHARED_SKIP_REASON } from '../helpers/fixtures.js';
import { corpusDocs, fixtureDocs, generatedDocs, type Doc } from './corpus.js';
import { treeUnits } from './tree.js';

function checkRoundTrip(doc: Doc): void {
  const pushed = gfmToNotion(doc.text);
  const pulled = notionToGfm(pushed.markdown).markdown;

  // Converting the round-tripped file again sends exactly the same v2: conversion is idempotent.
  expect(gfmToNotion(pulled).markdown, `${doc.name}: v2 after a round trip`).toBe(pushed.markdown);
  expect(notionToGfm(gfmToNotion(pulled).markdown).markdown, `${doc.name}: GFM fixed point`).toBe(
    pulled,
  );

  // The block model sees the same document on both sides.
  expect(
    notionBlocks(pushed.markdown).map((b) => b.key),
    `${doc.name}: keys`,
  ).toEqual(gfmBlocks(doc.text).map((b) => b.key));

  // The same tree once presentation is normalized; every other difference is a named warning
  // at a line of the block that differs.
  const before = treeUnits(doc.text);
  const after = treeUnits(pulled);
  expect(after.length, `${doc.name}: unit count`).toBe(before.length);
  before.forEach((unit, index) => {
    if (unit.form === after[index]?.form) return;
    const explained = pushed.warnings.some(
      (w) => w.line >= unit.startLine && w.line <= unit.endLine,
    );
    expect(
      explained,
      `${doc.name}: unexplained difference at lines ${unit.startLine}-${unit.endLine}:\n${unit.form}\n${after[index]?.form}`,
    ).toBe(true);
  });

  // A pull with no Notion edit keeps every byte, even when Notion's text differs in form only.
  expect(applyNotionEditToGfm(doc.text, pushed.markdown, pushed.markdown).gfm).toBe(doc.text);
  expect(applyNotionEditToGfm(doc.text, pushed.markdown, `${pushed.markdown}\n\n`).gfm).toBe(
    doc.text,
  );
  expect(
    applyNotionEditToGfm(doc.text, pushed.markdown, notionToGfmAsV2(pushed.markdown)).gfm,
  ).toBe(doc.text);
}

/** The same content written differently: v2 → GFM is valid v2 for every shape in the corpus. */
function notionToGfmAsV2(v2: string): string {
  return gfmToNotion(notionToGfm(v2).markdown).markdown;
}

describe('GFM → v2 → GFM round trip', () => {
  it.each(corpusDocs().map((doc) => [doc.name, doc] as const))('corpus %s', (_name, doc) => {
    checkRoundTrip(doc);
  });

  it.each(generatedDocs().map((doc) => [doc.name, doc] as const))('%s', (_name, doc) => {
    checkRoundTrip(doc);
  });

  it.skipIf(!HAS_SHARED_FIXTURES)('the IDSE fixture artifacts (head)', () => {
    const docs = fixtureDocs();
    expect(docs.length).toBeGreaterThan(50);
    for (const doc of docs) checkRoundTrip(doc);
  });

  it.runIf(!HAS_SHARED_FIXTURES)(`fixture round trip skipped: ${SHARED_SKIP_REASON}`, () => {
    expect(HAS_SHARED_FIXTURES).toBe(false);
  });

  it('has a corpus of at least 25 varied documents', () => {
    expect(corpusDocs().length).toBeGreaterThanOrEqual(25);
  });

  it('keeps a CRLF file byte-identical on a no-op pull and converts it like its LF twin', () => {
    const lf = corpusDocs().find((doc) => doc.name.startsWith('02-'))?.text ?? '';
    const crlf = lf.replace(/\n/g, '\r\n');
    const v2 = gfmToNotion(crlf).markdown;
    expect(v2).toBe(gfmToNotion(lf).markdown);
    expect(applyNotionEditToGfm(crlf, v2, `${v2}\n`).gfm).toBe(crlf);
  });
});
