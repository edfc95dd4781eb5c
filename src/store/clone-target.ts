// Where `career clone` puts the journal: a folder that is new or empty, made ready, and put back
// as it was when the clone fails or holds no journal.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { journalExists } from './files.js';
import { DIR_MODE } from './fsio.js';

/** Refuse a target that exists and is not an empty folder career can read. */
export function refuseCloneTarget(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new UserError(`cannot clone into ${dir}: it is not a folder career can read`, 'pass --dir <a new folder>');
  }
  if (names.length) {
    throw new UserError(`cannot clone into ${dir}: it already exists and is not empty`,
      journalExists(dir) ? 'a journal is there already: `career sync` brings it up to date with its remote' : 'pass --dir <a new folder>, or set CAREER_HOME');
  }
}

/** Make the target's parent folders; returns what puts the target back as it was (gone, or empty). */
export function prepareCloneTarget(dir: string): () => void {
  const existed = fs.existsSync(dir);
  fs.mkdirSync(path.dirname(dir), { recursive: true, mode: DIR_MODE });
  return () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (existed) fs.mkdirSync(dir, { mode: DIR_MODE });
  };
}
