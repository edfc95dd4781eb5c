// Scratch files for the person's editor: private (0600) files in .career/, which git ignores,
// created with what the editor should start from and removed by the caller when done.
import fs from 'node:fs';
import path from 'node:path';
import { DIR_MODE, FILE_MODE } from './fsio.js';
import { PRIVATE_DIR } from './paths.js';

/** A private scratch file in the journal's .career/ holding `content`; its absolute path. */
export function scratchFile(root: string, name: string, content: string | Uint8Array): string {
  fs.mkdirSync(path.join(root, PRIVATE_DIR), { recursive: true, mode: DIR_MODE });
  const file = path.join(root, PRIVATE_DIR, name);
  fs.writeFileSync(file, content, { mode: FILE_MODE });
  return file;
}

export const readScratch = (file: string): Buffer => fs.readFileSync(file);

export function removeScratch(file: string): void {
  fs.rmSync(file, { force: true });
}
