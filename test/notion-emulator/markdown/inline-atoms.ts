import { datePlainText, idFromNotionUrl, mentionFromUrl } from './mentions.js';
import { mentionItem } from './rich-text.js';
import type { Tag } from './tags.js';
import { MarkdownRejected, type MentionPayload, type RichText } from './types.js';

/** What reading a mention needs from the inline parser's options. */
export type AtomOptions = {
  line?: number;
  resolveMention?: (url: string) => MentionPayload;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const TIME_ZONE = /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/;

/**
 * `<mention url="…">Label</mention>` or `<mention url="…" />` at `tag` in `source`; "Database
 * mentions use type="database" to distinguish them from page mentions." Returns the rich text
 * and the index just past the mention.
 */
export function readMention(
  source: string,
  tag: Tag,
  options: AtomOptions,
): { item: RichText; end: number } {
  const reject = (message: string): never => {
    throw new MarkdownRejected(message, options.line);
  };
  const { url, type, ...rest } = tag.attrs;
  if (url === undefined || url === '' || Object.keys(rest).length > 0) {
    return reject('<mention> takes a url, and type="database" for a database');
  }
  if (type !== undefined && type !== 'database') {
    reject(`<mention> type="${type}": only type="database" is documented`);
  }
  const databaseId = type === 'database' ? idFromNotionUrl(url) : undefined;
  if (type === 'database' && databaseId === undefined) {
    reject(`<mention type="database"> needs a Notion URL, not "${url}"`);
  }
  let display = '';
  let end = tag.end;
  if (!tag.selfClosing) {
    const close = source.indexOf('</mention>', tag.end);
    if (close === -1) reject('<mention> is not closed');
    display = source.slice(tag.end, close).replace(/\\([!-/:-@[-`{-~])/g, '$1');
    end = close + '</mention>'.length;
  }
  const payload: MentionPayload =
    databaseId !== undefined
      ? { type: 'database', database: { id: databaseId } }
      : (options.resolveMention ?? mentionFromUrl)(url);
  const shown = display !== '' ? display : payload.type === 'link_mention' ? url : '';
  const href = payload.type === 'user' ? null : url;
  return { item: mentionItem(payload, shown, href), end };
}

/**
 * `<date start="YYYY-MM-DD" end="YYYY-MM-DD" start-time="HH:mm" end-time="HH:mm"
 * time-zone="IANA_TZ" />`. A time is stored in the ISO date-time the API uses, the date, `T`
 * and the time; an end-time without an end date ends on the start date (A-MD-31).
 */
export function readDate(tag: Tag, line: number | undefined): RichText {
  const reject = (message: string): never => {
    throw new MarkdownRejected(message, line);
  };
  const {
    start,
    end,
    'start-time': startTime,
    'end-time': endTime,
    'time-zone': timeZone,
    ...rest
  } = tag.attrs;
  if (!tag.selfClosing) reject('<date> must be self-closing: <date start="…" />');
  if (Object.keys(rest).length > 0) reject(`<date> does not take ${Object.keys(rest)[0]}`);
  if (start === undefined || !DATE.test(start)) {
    return reject('<date> needs start="YYYY-MM-DD" (a time goes in start-time="HH:mm")');
  }
  if (end !== undefined && !DATE.test(end)) reject(`<date> end "${end}" is not YYYY-MM-DD`);
  for (const [name, time] of [
    ['start-time', startTime],
    ['end-time', endTime],
  ] as const) {
    if (time !== undefined && !TIME.test(time)) reject(`<date> ${name} "${time}" is not HH:mm`);
  }
  if (endTime !== undefined && startTime === undefined) {
    reject('<date> end-time needs a start-time');
  }
  if (timeZone !== undefined && !TIME_ZONE.test(timeZone)) {
    reject(`<date> time-zone "${timeZone}" is not an IANA zone name`);
  }
  const startValue = startTime === undefined ? start : `${start}T${startTime}`;
  const endDay = end ?? (endTime !== undefined ? start : undefined);
  const endValue =
    endDay === undefined ? null : endTime === undefined ? endDay : `${endDay}T${endTime}`;
  const date: Extract<MentionPayload, { type: 'date' }>['date'] = {
    start: startValue,
    end: endValue,
  };
  if (timeZone !== undefined) date.time_zone = timeZone;
  return mentionItem({ type: 'date', date }, datePlainText(startValue, endValue), null);
}

/**
 * The attributes a stored date mention is written with: the date and `HH:mm` of each end. Seconds
 * and offsets, which block JSON may hold, have no v2 form and are left out (A-MD-31).
 */
export function dateAttrs(date: {
  start: string;
  end: string | null;
  time_zone?: string | null;
}): Array<[string, string | undefined]> {
  const split = (value: string | null): [string | undefined, string | undefined] => {
    if (value === null) return [undefined, undefined];
    const [day, time] = value.split('T');
    return [day, time === undefined ? undefined : time.slice(0, 5)];
  };
  const [startDay, startTime] = split(date.start);
  const [endDay, endTime] = split(date.end);
  return [
    ['start', startDay],
    ['end', endDay],
    ['start-time', startTime],
    ['end-time', endTime],
    ['time-zone', date.time_zone ?? undefined],
  ];
}
