// Plain ASCII for terminals that cannot show the drawing characters career uses (SPEC §3): with
// `--ascii`, or automatically when the locale says the terminal is not UTF-8 (LANG=C,
// LC_ALL=POSIX, a Latin-1 locale). Bars, sparklines, the chart's box lines, ticks and arrows get
// ASCII stand-ins with the same width, so columns stay aligned.

const MAP: Readonly<Record<string, string>> = {
  // bars: full, empty, and the eighth blocks of a partial cell
  '█': '#', '░': '-', '▏': '#', '▎': '#', '▍': '#', '▌': '#', '▋': '#', '▊': '#', '▉': '#',
  // sparkline levels, low to high
  '▁': '_', '▂': '.', '▃': '-', '▄': '-', '▅': '=', '▆': '=', '▇': '#',
  // the chart's axes
  '─': '-', '│': '|', '┤': '|', '├': '|', '└': '+', '┌': '+', '┐': '+', '┘': '+', '┼': '+',
  // marks and punctuation
  '●': '*', '○': 'o', '·': '.', '•': '*', '✓': '+', '✗': 'x', '→': '>', '↳': '>', '…': '.', '—': '-', '–': '-',
  '“': '"', '”': '"', '‘': "'", '’': "'",
};
const PATTERN = new RegExp(`[${Object.keys(MAP).join('')}]`, 'g');

/** `text` with every drawing character career prints replaced by its one-character ASCII stand-in. */
export function toAscii(text: string): string {
  return text.replace(PATTERN, (c) => MAP[c]!);
}

/**
 * Whether the locale promises UTF-8. LC_ALL, then LC_CTYPE, then LANG decide, as for C
 * programs; C and POSIX (and any charset other than UTF-8) do not. With none set, nothing is
 * known and UTF-8 is assumed, as Node and today's terminals do.
 */
export function localeIsUtf8(env: NodeJS.ProcessEnv): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  if (!locale) return true;
  return /utf-?8/i.test(locale);
}
