/**
 * GitHub alerts (`> [!NOTE]` …) and Notion callouts: which alert a callout is, and the callout
 * style each alert is sent with. GitHub's five kinds:
 * https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax#alerts
 */
import type { AlertKind } from './types.js';

export const ALERT_KINDS: readonly AlertKind[] = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'];

/** The callout an alert becomes: GitHub's colour for the kind, an emoji close to its octicon. */
export const ALERT_STYLES: Readonly<Record<AlertKind, { icon: string; color: string }>> = {
  NOTE: { icon: 'ℹ️', color: 'blue_bg' },
  TIP: { icon: '💡', color: 'green_bg' },
  IMPORTANT: { icon: '❗', color: 'purple_bg' },
  WARNING: { icon: '⚠️', color: 'yellow_bg' },
  CAUTION: { icon: '🛑', color: 'red_bg' },
};

const ICON_KINDS: Record<string, AlertKind> = {
  ℹ️: 'NOTE',
  ℹ: 'NOTE',
  '📝': 'NOTE',
  '💡': 'TIP',
  '❗': 'IMPORTANT',
  '❕': 'IMPORTANT',
  '‼️': 'IMPORTANT',
  '📌': 'IMPORTANT',
  '⚠️': 'WARNING',
  '⚠': 'WARNING',
  '🛑': 'CAUTION',
  '⛔': 'CAUTION',
  '🚫': 'CAUTION',
};

const COLOR_KINDS: Record<string, AlertKind> = {
  blue: 'NOTE',
  green: 'TIP',
  purple: 'IMPORTANT',
  yellow: 'WARNING',
  orange: 'WARNING',
  brown: 'WARNING',
  red: 'CAUTION',
  pink: 'CAUTION',
};

/** The alert a callout made in Notion comes back as: by its icon, else its colour, else NOTE. */
export function alertKindOf(icon: string | null, color: string | null): AlertKind {
  const byIcon = icon === null ? undefined : ICON_KINDS[icon];
  if (byIcon !== undefined) return byIcon;
  const base = color?.replace(/_background$|_bg$/, '');
  return (base === undefined ? undefined : COLOR_KINDS[base]) ?? 'NOTE';
}

/** True when the callout looks exactly like the alert it comes back as (nothing is lost). */
export function hasAlertStyle(kind: AlertKind, icon: string | null, color: string | null): boolean {
  const style = ALERT_STYLES[kind];
  return icon === style.icon && color === style.color;
}

/** `[!NOTE]` alone on the first line of a block quote (GitHub's rule), any case; the kind. */
export function alertMarker(firstLine: string): AlertKind | undefined {
  const match = /^\[!(note|tip|important|warning|caution)\][ \t]*$/i.exec(firstLine);
  return match ? ((match[1] ?? '').toUpperCase() as AlertKind) : undefined;
}

const STYLE_COMMENT = /^<!--\s*notion-callout((?:\s+(?:icon|color)="[^"]*")*)\s*-->$/;

/**
 * A callout whose icon or colour is not its alert's keeps them in an HTML comment at the end of
 * the alert (GitHub shows nothing of it): `<!-- notion-callout icon="🔥" color="gray_bg" -->`.
 * Undefined when `html` is not that comment.
 */
export function readStyleComment(
  html: string,
): { icon: string | null; color: string | null } | undefined {
  const match = STYLE_COMMENT.exec(html.trim());
  if (!match) return undefined;
  const value = (name: string): string | null =>
    new RegExp(`\\b${name}="([^"]*)"`).exec(match[1] ?? '')?.[1] ?? null;
  return { icon: value('icon'), color: value('color') };
}

/** The comment {@link readStyleComment} reads, for a style that is not the alert's own. */
export function styleComment(icon: string | null, color: string | null): string {
  const attrs = [
    icon === null ? '' : ` icon="${icon.replace(/"/g, '&quot;')}"`,
    color === null ? '' : ` color="${color.replace(/"/g, '&quot;')}"`,
  ].join('');
  return `<!-- notion-callout${attrs} -->`;
}
