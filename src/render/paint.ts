// Colours, through chalk, which is loaded only when colour can show. Piped, redirected or
// scripted output (and NO_COLOR or --no-color, which set FORCE_COLOR=0, see cli.ts) is plain
// text either way, so those runs do without loading it at all.
import { createRequire } from 'node:module';
import type { ChalkInstance } from 'chalk';

type Style = 'bold' | 'dim' | 'italic' | 'underline' | 'red' | 'green' | 'yellow' | 'cyan' | 'magenta';
export type Paint = Record<Style, (text: string) => string> & { readonly level: number };

/** Where chalk's own rules give no colour: FORCE_COLOR off, or not a terminal and not forced. */
function plainOutput(env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force === '0' || force === 'false') return true;
  return force === undefined && !process.stdout.isTTY;
}

const same = (text: string): string => text;
const PLAIN: Paint = {
  level: 0, bold: same, dim: same, italic: same, underline: same, red: same, green: same, yellow: same, cyan: same, magenta: same,
};

let chalk: ChalkInstance | undefined;

/** The styles to print with: chalk's (loaded on first use) or plain text. chalk is ESM, loaded with require() (Node 20.19+). */
export function paint(): Paint {
  if (plainOutput()) return PLAIN;
  chalk ??= (createRequire(import.meta.url)('chalk') as { default: ChalkInstance }).default;
  return chalk;
}
