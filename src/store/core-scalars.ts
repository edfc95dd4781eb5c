// The plain scalars of the `yaml` package's core schema: which text is null, a boolean, an
// integer or a float, and its value. Shared by the two quick readers (fast-yaml.ts gives them to
// js-yaml, line-yaml.ts calls plainScalar), so both mean exactly what the strict reader means.

// Rule for rule as yaml/dist/schema/core has them.
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_DEC = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

function toInt(s: string): number {
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  return parseInt(s, 10);
}

function toFloat(s: string): number {
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  return parseFloat(s);
}

// Every plain scalar is offered to each type in turn, and most are text: a look at the first
// character (what each rule above can start with) turns text away before any regex runs. A
// character code, not a regex: a cold load offers a quarter of a million scalars.
const isDigit = (c: number) => c >= 48 && c <= 57; // 0-9
const MAY_BE = {
  null: (c: number) => c === 126 || c === 110 || c === 78, // ~ n N
  bool: (c: number) => c === 116 || c === 84 || c === 102 || c === 70, // t T f F
  int: (c: number) => c === 45 || c === 43 || isDigit(c), // - + 0-9
  float: (c: number) => c === 45 || c === 43 || c === 46 || isDigit(c), // - + . 0-9
} as const;

/** The core schema's implicit types in the order they are tried: null, bool, int, float. */
export const CORE_RULES: readonly { tag: keyof typeof MAY_BE; test: (s: string) => boolean; construct: (s: string) => unknown }[] = [
  { tag: 'null', test: (s) => NULL_RE.test(s), construct: () => null },
  { tag: 'bool', test: (s) => BOOL_RE.test(s), construct: (s) => s[0] === 't' || s[0] === 'T' },
  { tag: 'int', test: (s) => INT_OCT.test(s) || INT_DEC.test(s) || INT_HEX.test(s), construct: toInt },
  { tag: 'float', test: (s) => FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s), construct: toFloat },
];

export const resolves = (tag: keyof typeof MAY_BE, test: (s: string) => boolean, s: string) => (s === '' ? tag === 'null' : MAY_BE[tag](s.charCodeAt(0))) && test(s);

/** A first character no rule can start with: most text, which then needs no rule tried at all. */
const onlyText = (c: number) => !(MAY_BE.null(c) || MAY_BE.bool(c) || MAY_BE.float(c)); // float's take in int's

/** The longest implicit key the strict reader takes (the `yaml` package's KEY_OVER_1024_CHARS): the quick readers decline longer ones. */
export const MAX_IMPLICIT_KEY = 1024;

/** A plain scalar as the core schema reads it. */
export function plainScalar(s: string): unknown {
  if (s !== '' && onlyText(s.charCodeAt(0))) return s;
  for (const r of CORE_RULES) if (resolves(r.tag, r.test, s)) return r.construct(s);
  return s;
}
