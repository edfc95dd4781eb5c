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
import { CORE_RULES, MAX_IMPLICIT_KEY, resolves } from './core-scalars.js';
import { lineValue } from './line-yaml.js';

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
// - a line over 1024 characters (hasLongLine), where a key may be longer than the strict reader
//   takes (js-yaml takes any);
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

const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: CORE_RULES.map((r) => new jsyaml.Type(`tag:yaml.org,2002:${r.tag}`, {
    kind: 'scalar',
    resolve: (s: string | null) => resolves(r.tag, r.test, s ?? ''),
    construct: (s: string | null) => r.construct(s ?? ''),
  })),
});

/** Depth well within what the strict reader allows (MAX_DEPTH in yamlio.ts): deeper goes slow. */
const MAX_DEPTH = 32;

/**
 * The plain value of `text` (no BOM, already checked for encoding, size and conflict markers),
 * or undefined when the strict reader must decide. Only a mapping is returned: any other top
 * level is a problem the strict reader names.
 */
export function fastValue(text: string): Record<string, unknown> | undefined {
  // Most files are in the layout career writes, which the line reader takes in fastest.
  const quick = lineValue(text);
  if (quick !== undefined) return quick;
  if (NEEDS_FULL_PARSER.test(text) || hasLongLine(text)) return undefined;
  let value: unknown;
  try {
    // json: false makes duplicate keys an error; load() refuses a second document.
    value = jsyaml.load(text, { schema: SCHEMA, json: false, maxDepth: MAX_DEPTH, listener: refuseFoldedScalars() } as jsyaml.LoadOptions);
  } catch {
    return undefined;
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Whether a line of `text` is longer than a key may be (see NEEDS_FULL_PARSER). */
function hasLongLine(text: string): boolean {
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    if ((end < 0 ? text.length : end) - start > MAX_IMPLICIT_KEY) return true;
    if (end < 0) return false;
    start = end + 1;
  }
  return false;
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
