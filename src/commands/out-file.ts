// `--out <file>`: a file the person chose, outside the journal. Written whole or not at all
// (temp file in the same folder, then rename), so a reader never sees half a document.
// Private like the journal (0600): an export or a status holds the person's goals and notes.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fsError } from '../store/fsio.js';

export function writeOutFile(file: string, text: string): void {
  const abs = path.resolve(file);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(tmp, text, { mode: 0o600, flag: 'wx' });
    fs.chmodSync(tmp, 0o600); // the mode above is masked by the umask; never wider than 0600
    fs.renameSync(tmp, abs);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw fsError(file, err);
  }
}
