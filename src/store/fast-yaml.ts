// The fast reader for the common case: a cold load of a journal kept for years parses thousands
// of plain files, and js-yaml does that about ten times faster than the `yaml` package, which
// keeps a full Document (comments, positions) that only edits and error messages need.
//
// It is a shortcut, never a judge: it returns a value only for text that uses no feature where
// the two parsers could disagree (anchors, aliases, tags, directives, document markers, tabs),
// with plain scalars resolved by exactly the rules of the `yaml` package's core schema (so `-0`,
// `0b101` and `1e400` mean the same in both). Anything else, and every error, returns undefined:
// the caller then reads the file the slow, strict way, which finds and places the problem.
import * as jsyaml from '../vendor/js-yaml.js';

// Where js-yaml and the `yaml` package part ways, the text goes to the strict reader:
// - an anchor (&a), alias (*a) or tag (!t) starting a token (after a line start, a space or a
//   flow indicator; `R&D` does not match, `5 * 3` does and simply takes the slow path);
// - directives (%), lines starting like document markers (--- and ...), tabs, and a carriage return that is not
//   part of CRLF (a line break to one parser, text to the other);
// - keys that are not plain text, which the two turn into different strings: explicit keys (?),
//   a flow collection as a key (`[a]: 1`), and null keys (`~: 1`, `null: 1`, `: 1`);
// - a flow mapping other than `{}`: career writes none, and its keys are where the two differ;
// - a flow sequence over several lines or holding a `:` (a pair), both where they differ;
// - an entry that is empty or only a comment on its line (`-`, `- # note`, `key: # note`), whose
//   following lines js-yaml places differently, and block scalars with
//   an indentation indicator (`|2-`), likewise;
// - a comment right after a bracket, brace, comma or quote (`[a]#c`), which only js-yaml allows;
// - a `\U` escape: js-yaml turns one past U+10FFFF into two lone surrogates, the strict reader refuses it;
// - a block scalar whose leading empty lines hold spaces (`|` then a line of spaces): js-yaml
//   reads it, the strict reader asks for an indentation indicator when they are more indented.
const NEEDS_FULL_PARSER = new RegExp([
  String.raw`(?:^|[\s[\]{},])[&*!]`,
  String.raw`^%`,
  String.raw`^(?:---|\.\.\.)`,
  String.raw`\t`,
  String.raw`\r(?!\n)`,
  String.raw`(?:^|[\s,[{])\?(?:\s|$)`,
  String.raw`[\]}][ ]*:(?:\s|$)`,
  String.raw`[[\]{},"']#`,
  String.raw`(?:^|,)[ -]*(?:~|[Nn]ull|NULL)?[ ]*:(?:\s|$)`,
  String.raw`\{(?!\})`,
  String.raw`\[[^\]\n]*(?:\n|:)`,
  String.raw`(?:^|[ ])[-:?][ ]+#`,
  String.raw`(?:^|[ ])-[ ]*\r?$`,
  String.raw`[|>][-+]?[0-9]`,
  String.raw`\\U`,
  String.raw`[|>][-+]?[ ]*(?:#.*)?\r?\n(?:\r?\n)*[ ]+\r?\n`,
].join('|'), 'm');

// The `yaml` package's core schema (yaml/dist/schema/core), rule for rule.
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

const scalar = (tag: keyof typeof MAY_BE, test: (s: string) => boolean, construct: (s: string) => unknown) => {
  const first = MAY_BE[tag];
  return new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (s: string | null) => { const t = s ?? ''; return (t === '' ? tag === 'null' : first(t.charCodeAt(0))) && test(t); },
    construct: (s: string | null) => construct(s ?? ''),
  });
};

const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', (s) => NULL_RE.test(s), () => null),
    scalar('bool', (s) => BOOL_RE.test(s), (s) => s[0] === 't' || s[0] === 'T'),
    scalar('int', (s) => INT_OCT.test(s) || INT_DEC.test(s) || INT_HEX.test(s), toInt),
    scalar('float', (s) => FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s), toFloat),
  ],
});

/** Depth well within what the strict reader allows (MAX_DEPTH in yamlio.ts): deeper goes slow. */
const MAX_DEPTH = 32;

/**
 * The plain value of `text` (no BOM, already checked for encoding, size and conflict markers),
 * or undefined when the strict reader must decide. Only a mapping is returned: any other top
 * level is a problem the strict reader names.
 */
export function fastValue(text: string): Record<string, unknown> | undefined {
  if (NEEDS_FULL_PARSER.test(text)) return undefined;
  let value: unknown;
  try {
    // json: false makes duplicate keys an error; load() refuses a second document.
    value = jsyaml.load(text, { schema: SCHEMA, json: false, maxDepth: MAX_DEPTH, listener: refuseFoldedScalars() } as jsyaml.LoadOptions);
  } catch {
    return undefined;
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** What js-yaml's listener sees of its state. */
interface ListenerState {
  input: string;
  position: number;
  kind: string | null;
}

// Where a node begins: after the blank lines and comments before it.
const LEADING = /^(?:\s|#[^\n]*)*/;

/**
 * A js-yaml listener that throws at a quoted or plain scalar spread over several lines: js-yaml
 * lets their continuation lines sit at any indentation, the strict reader does not. career
 * writes none (multi-line text becomes a `|` block), so only hand edits take the slow path.
 */
function refuseFoldedScalars(): (event: 'open' | 'close', state: ListenerState) => void {
  const starts: number[] = [];
  return (event, state) => {
    if (event === 'open') {
      starts.push(state.position);
      return;
    }
    const start = starts.pop()!;
    if (state.kind !== 'scalar') return;
    // Most scalars sit on one line: no line break from where the node opened to where it ended.
    const lineBreak = state.input.indexOf('\n', start);
    if (lineBreak < 0 || lineBreak >= state.position) return;
    const source = state.input.slice(start, state.position).replace(LEADING, '');
    if (source.includes('\n') && source[0] !== '|' && source[0] !== '>') throw new Error('a scalar over several lines');
  };
}
