// The calendar as RFC 5545 iCalendar text: CRLF line ends, TEXT values escaped, content lines
// folded at 75 octets of UTF-8 without ever splitting a character (or an escape like `\n`).
import type { Calendar, CalendarEvent, EventAlarm } from '../core/export.js';
import type { Weekday } from '../core/dates.js';

export const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
export const MAX_OCTETS = 75;

export const BYDAY: Readonly<Record<Weekday, string>> = {
  monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU',
};

// TEXT may not hold control characters other than HTAB (RFC 5545 §3.3.11); line breaks are
// escaped as \n before this runs, so what is left of C0 and DEL is dropped.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/** A TEXT value: `\` `;` `,` escaped, any line break as `\n`, other controls dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '');
}

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * Fold one content line: the first physical line holds at most 75 octets, each continuation
 * line a space and at most 74 more. Cuts fall between characters (code points, so a 4-byte
 * emoji stays whole) and never inside a backslash escape, which some readers mishandle.
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const units: string[] = [];
  const chars = Array.from(line);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\\' && i + 1 < chars.length) units.push(ch + chars[++i]!);
    else units.push(ch);
  }
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const unit of units) {
    const n = octets(unit);
    // The limit of the line being filled: 75, or 74 after a continuation line's leading space.
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + n > limit && current !== '') {
      out.push(current);
      current = '';
      size = 0;
    }
    current += unit;
    size += n;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** `YYYY-MM-DD` as an iCalendar DATE. */
export const icsDate = (date: string) => date.replace(/-/g, '');

/** A display alarm (RFC 5545 §3.6.6): ACTION, TRIGGER and DESCRIPTION are all it needs. */
function alarmLines(alarm: EventAlarm): string[] {
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${alarm.trigger}`, `DESCRIPTION:${escapeText(alarm.text)}`, 'END:VALARM'];
}

function eventLines(e: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${icsDate(stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${icsDate(e.start)}`,
    `DTEND;VALUE=DATE:${icsDate(e.end)}`,
    ...(e.weekly ? [`RRULE:FREQ=WEEKLY;BYDAY=${BYDAY[e.weekly]}`] : []),
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    // All-day reminders should not mark the person busy for the whole day.
    'TRANSP:TRANSPARENT',
    ...(e.alarm ? alarmLines(e.alarm) : []),
    'END:VEVENT',
  ];
}

/** The whole VCALENDAR; every line, the last included, ends in CRLF. */
export function renderIcs(cal: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//career//career journal//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    ...cal.events.flatMap((e) => eventLines(e, cal.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((l) => foldLine(l) + CRLF).join('');
}
