// Random hex for temporary file names. node:crypto costs about 8 ms to load, which every read
// would pay through the store's face; it is required here only when a name is first needed.
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

export function randomHex(bytes: number): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.randomBytes(bytes).toString('hex');
}
