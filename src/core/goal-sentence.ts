// Goals from one sentence (SPEC §4): "Publish 2 articles on VR in trade journals by Q4" states a
// target (2), a unit (articles), a deadline (end of Q4) and, through its words, a type. This
// reads only what the sentence states; what it does not state stays for the wizard or the flags.
import { MONTHS } from './dates.js';
import { parseDatePhrase } from './datephrase.js';
import type { GoalType } from './schemas.js';

export interface SentenceDraft {
  title: string;
  target?: number;
  unit?: string;
  deadline?: string;
  /** The words the deadline came from, to show the person ("by Q4 → 2026-12-31"). */
  deadlineText?: string;
  type?: GoalType;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};
const NUM = `(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const UNIT = `(day|week|month|year)s?`;
const MONTH_WORDS = MONTHS.join('|');

const toNumber = (w: string): number => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w] ?? NaN);

/** Deadline phrases, tried in order; each gives the phrase `parseDatePhrase` reads. */
const DEADLINES: { re: RegExp; phrase: (m: RegExpExecArray, today: string) => string }[] = [
  { re: /\b(?:by|before|on) (\d{4}-\d{2}(?:-\d{2})?)\b/, phrase: (m) => m[1]! },
  { re: /\b(?:by|before) (?:the )?end of (q[1-4])(?: (\d{4}))?\b/, phrase: (m) => `end of ${m[1]}${m[2] ? ` ${m[2]}` : ''}` },
  { re: /\b(?:by|in|before) (q[1-4])(?: (\d{4}))?\b/, phrase: (m) => `end of ${m[1]}${m[2] ? ` ${m[2]}` : ''}` },
  { re: new RegExp(`\\b(?:by|before|in) (?:the end of )?(${MONTH_WORDS})(?: (\\d{4}))?\\b`), phrase: (m) => `end of ${m[1]}${m[2] ? ` ${m[2]}` : ''}` },
  { re: /\b(?:by|before|in) (?:the end of )?(\d{4})\b/, phrase: (m) => `${m[1]}-12` },
  { re: new RegExp(`\\b(?:within|in|for)(?: the next)? ${NUM} ${UNIT}\\b`), phrase: (m) => `in ${toNumber(m[1]!)} ${m[2]}s` },
  { re: /\b(?:within|in) (?:the next )?(?:a|one) (day|week|month|year)\b/, phrase: (m) => `in 1 ${m[1]}s` },
  { re: /\b(?:in |within |by the end of )?(?:the )?next quarter\b/, phrase: (_, today) => nextQuarterEnd(today) },
  { re: /\b(?:by the end of |in )?this quarter\b/, phrase: () => 'end of quarter' },
  { re: /\b(?:by the end of |in )?next year\b/, phrase: (_, today) => `${Number(today.slice(0, 4)) + 1}-12` },
  { re: /\b(?:by (?:the )?end of (?:the |this )?year|by year[- ]end|this year|this calendar year)\b/, phrase: () => 'end of year' },
  { re: /\b(?:by (?:the )?end of (?:the |this )?month|this month)\b/, phrase: (_, today) => today.slice(0, 7) },
];

function nextQuarterEnd(today: string): string {
  const y = Number(today.slice(0, 4));
  const q = Math.ceil(Number(today.slice(5, 7)) / 3);
  return q === 4 ? `end of q1 ${y + 1}` : `end of q${q + 1} ${y}`;
}

function deadlineOf(lower: string, today: string): { date: string; text: string; at: number } | null {
  for (const d of DEADLINES) {
    const m = d.re.exec(lower);
    if (!m) continue;
    try {
      const phrase = d.phrase(m, today);
      return { date: phrase === 'end of quarter' ? quarterEnd(today) : parseDatePhrase(phrase, today), text: m[0], at: m.index };
    } catch {
      continue; // a phrase that names no real date ("by 0000") is simply not a deadline
    }
  }
  return null;
}

function quarterEnd(today: string): string {
  const q = Math.ceil(Number(today.slice(5, 7)) / 3);
  return parseDatePhrase(`end of q${q}`, today);
}

// Words that end a unit: "2 articles on VR" is 2 articles.
const UNIT_STOP = new Set(['on', 'in', 'by', 'for', 'at', 'to', 'with', 'within', 'per', 'a', 'an', 'the', 'and', 'or', 'from',
  'before', 'about', 'each', 'every', 'this', 'next', 'that', 'into', 'across', 'of', 'under', 'over', 'than', 'while', 'as']);

/** The first number the sentence states (not a year, not part of the deadline) and the words it counts. */
function targetOf(words: string[], skip: (i: number) => boolean): { target: number; unit: string } | null {
  for (let i = 0; i < words.length; i++) {
    if (skip(i)) continue;
    const raw = words[i]!.replace(/[,]/g, '');
    let n: number;
    let unit = '';
    const money = /^\$(\d+(?:\.\d+)?)(k|m)?$/.exec(raw);
    const pct = /^(\d+(?:\.\d+)?)%$/.exec(raw);
    const withUnit = /^(\d+(?:\.\d+)?)(k|ms|h|km)$/.exec(raw);
    if (money) { n = Number(money[1]) * (money[2] === 'k' ? 1000 : money[2] === 'm' ? 1_000_000 : 1); unit = 'dollars'; }
    else if (pct) { n = Number(pct[1]); unit = '%'; }
    else if (withUnit) { n = withUnit[2] === 'k' ? Number(withUnit[1]) * 1000 : Number(withUnit[1]); unit = withUnit[2] === 'k' ? '' : withUnit[2]!; }
    else if (/^\d+(?:\.\d+)?$/.test(raw)) n = Number(raw);
    else if (raw in NUMBER_WORDS && !['a', 'an', 'one'].includes(raw)) n = NUMBER_WORDS[raw]!;
    else continue;
    if (/^(19|20)\d\d$/.test(raw) || n <= 0) continue;
    if (!unit) {
      const after: string[] = [];
      for (let j = i + 1; j < words.length && after.length < 3 && !skip(j); j++) {
        const w = words[j]!.replace(/[^\p{L}\p{N}%-]/gu, '');
        if (!w || UNIT_STOP.has(w)) break;
        after.push(w);
      }
      unit = after.join(' ');
    }
    if (!unit) continue; // a bare number ("top 3") counts nothing
    return { target: n, unit };
  }
  return null;
}

// A type is read only when its words make it clear: the most hits wins, a tie says nothing.
const TYPE_WORDS: [GoalType, RegExp][] = [
  ['entrepreneurial', /\b(start(ing)? (a|my own|my) (business|company|startup|studio|agency|practice|shop)|(?<!at a )startup|side (business|hustle)|freelanc\w*|founder|found (a|my)|launch (a|my) (business|company|product|app|shop)|paying (customers|clients)|clients?|customers|revenue|mrr|consultancy|self-employed|etsy)\b/],
  ['balance', /\b(work-life|balance|hours a week|per week|weekends?|vacation|holidays?|time off|family|exercise|workouts?|gym|sleep|burnout|boundar\w+|after \d+ ?(pm)?|evenings?|no more than|leave work|unplug|meditat\w+|run \d+ ?k)\b/],
  ['networking', /\b(network\w*|connections?|contacts|linkedin|meetups?|mentors?|mentees?|coffee chats?|conferences?|community|communities|introductions?|alumni|industry events?|relationships?|professional association)\b/],
  ['position', /\b(promot\w+|promotion|manager|director|vp|vice president|head of|team lead|tech lead|lead (a|the) team|senior (engineer|developer|designer|manager|title|role|position|analyst)|principal|staff engineer|role|title|job|position|hired|offer|chief|cto|ceo|partner at|become (a|an|the) \w+)\b/],
  ['development', /\b(learn\w*|certif\w+|course|courses|degree|mba|master'?s|bootcamp|training|skills?|study|studying|exam|fluent|fluency|read \w+ books|books|language|python|typescript|aws|pmp|cpa|toastmasters|workshop|articles?|publish\w*|talks?|present\w*|speak\w*)\b/],
];

function typeOf(lower: string): GoalType | undefined {
  const scores = TYPE_WORDS.map(([type, re]) => [type, (lower.match(new RegExp(re.source, 'g')) ?? []).length] as const);
  const best = Math.max(...scores.map(([, n]) => n));
  if (best === 0) return undefined;
  const top = scores.filter(([, n]) => n === best);
  // Ties go to the more specific kinds first: starting a business or a balance goal often also
  // mentions skills or a role, but says what it is about by its rarer words.
  return top.length === 1 ? top[0]![0] : top.find(([t]) => t === 'entrepreneurial' || t === 'balance')?.[0];
}

/** Read what one goal sentence states. `today` resolves its deadline. */
export function readGoalSentence(sentence: string, today: string): SentenceDraft {
  const title = sentence.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  const lower = title.toLowerCase();
  const draft: SentenceDraft = { title };
  const deadline = deadlineOf(lower, today);
  if (deadline) {
    draft.deadline = deadline.date;
    // Shown as the person wrote it ("by September 2027"); lower case only where lowering moved letters.
    draft.deadlineText = title.length === lower.length ? title.slice(deadline.at, deadline.at + deadline.text.length) : deadline.text;
  }
  // Word positions inside the deadline phrase are not targets ("within six months").
  const words = lower.split(' ');
  let pos = 0;
  const spans = words.map((w) => { const s = pos; pos += w.length + 1; return s; });
  const inDeadline = (i: number) => deadline !== null && spans[i]! >= deadline.at && spans[i]! < deadline.at + deadline.text.length;
  const target = targetOf(words, inDeadline);
  if (target) { draft.target = target.target; draft.unit = target.unit; }
  const type = typeOf(lower);
  if (type) draft.type = type;
  return draft;
}

/** The draft as lines to confirm: what was read, and what was not. */
export function draftLines(d: SentenceDraft): string[] {
  return [
    `title:    ${d.title}`,
    `target:   ${d.target !== undefined ? `${d.target}${d.unit ? ` ${d.unit}` : ''}` : '(not stated)'}`,
    `deadline: ${d.deadline ? `${d.deadline} (${d.deadlineText})` : '(not stated)'}`,
    `type:     ${d.type ?? '(not clear from the words)'}`,
  ];
}
