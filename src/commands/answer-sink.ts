// Where text handed to the pager is told, so that a read's answer can be kept even when it went
// to a pager on a terminal rather than through stdout (fast-read.ts listens). Nothing listens in
// any other run. No imports: fast-read.ts loads this before anything else of the program.

let listener: ((text: string) => void) | undefined;

/** Listen for text shown through the pager (undefined: stop). */
export function onPaged(fn: ((text: string) => void) | undefined): void {
  listener = fn;
}

/** The pager showed `text` (already made safe for the screen). */
export function paged(text: string): void {
  listener?.(text);
}
