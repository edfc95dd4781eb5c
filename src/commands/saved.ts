// What this run has saved so far, so a prompt cancelled later (Ctrl-C in "Set up the next goal?")
// does not claim "nothing was saved" after a goal was completed or a journal created.
let saved: string[] = [];

export function beginRun(): void {
  saved = [];
}

export function noteSaved(paths: readonly string[]): void {
  saved.push(...paths);
}

export function savedThisRun(): readonly string[] {
  return saved;
}
