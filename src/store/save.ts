// Turning records into file text: new files get a fresh document; edits go through the file's
// own document so comments and layout survive.
import type { LoadedFile } from './load.js';
import { updateDocument } from './edit.js';
import { newDocument, stringifyYaml } from './yamlio.js';

export interface PendingWrite {
  rel: string;
  content: string;
}

export function newFileText(value: unknown): string {
  return stringifyYaml(newDocument(value));
}

export function editedFileText(file: LoadedFile<unknown>, value: unknown): string {
  updateDocument(file.doc, value);
  return stringifyYaml(file.doc, file.format);
}
