// One writer at a time (SPEC §5): `.career/lock` is created exclusively and names its owner.
// A second writer waits up to 10 s, then says who holds it. A lock left by a process that no
// longer exists on this host is recovered. Read commands never take the lock.
import fs from 'node:fs';
import os from 'node:os';
import { UserError } from '../core/errors.js';
import { PRIVATE_DIR, resolveInside } from './paths.js';
import { ensureDirInside, fsError, pidAlive } from './fsio.js';

const LOCK_FILE = `${PRIVATE_DIR}/lock`;
const POLL_MS = 50;

export interface LockOwner {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export interface LockOptions {
  /** How long to wait for another writer; CAREER_LOCK_TIMEOUT_MS overrides for tests. */
  timeoutMs?: number;
  /** Told once when we start waiting, and when a stale lock is recovered. */
  notice?: (message: string) => void;
  command?: string;
}

function readOwner(abs: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(abs, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' ? owner : null;
  } catch {
    return null; // vanished, or half-written by its creator: treat as held for now
  }
}

const isAlive = pidAlive;

/**
 * Create the lock naming `owner`; false when it exists. A lock that cannot be written whole
 * (a full disk) is removed again: left empty, it would block every writer until it is old.
 */
function tryCreate(abs: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(abs, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw fsError(LOCK_FILE, err, PRIVATE_DIR);
  }
  try {
    fs.writeSync(fd, JSON.stringify(owner));
    fs.closeSync(fd);
    return true;
  } catch (err) {
    try { fs.closeSync(fd); } catch { /* already failing */ }
    fs.rmSync(abs, { force: true });
    throw fsError(LOCK_FILE, err);
  }
}

/**
 * Remove a lock whose owner died. A recoverer first takes `lock.recover` exclusively, then checks
 * that the lock is still the very one judged stale before removing it. While that lock file
 * exists nobody can create a new one, so a fresh lock is never removed by mistake (as it could
 * be if two processes both judged the same lock stale). A recover file left by a crash is
 * cleared once it is a few seconds old.
 */
function recoverStale(abs: string, stale: LockOwner | null): boolean {
  const guard = `${abs}.recover`;
  try {
    fs.closeSync(fs.openSync(guard, 'wx', 0o600));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST' && isOld(guard, 5_000)) fs.rmSync(guard, { force: true });
    return false;
  }
  try {
    const now = readOwner(abs);
    const same = stale ? now?.pid === stale.pid && now.since === stale.since : now === null && isOld(abs);
    if (same) fs.rmSync(abs, { force: true });
    return same;
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

/** An unreadable lock file this old was left by a writer that crashed while creating it. */
function isOld(abs: string, ms = 2_000): boolean {
  try {
    return Date.now() - fs.statSync(abs).mtimeMs > ms;
  } catch {
    return false;
  }
}

/** Dead owner on this host, or an unreadable lock file old enough that its writer crashed. */
function isStale(abs: string, owner: LockOwner | null, host: string): boolean {
  return owner ? owner.host === host && !isAlive(owner.pid) : isOld(abs);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function describeOwner(o: LockOwner | null): string {
  if (!o) return 'another career process';
  return `pid ${o.pid} on ${o.host} (${o.command}, since ${o.since})`;
}

/**
 * `.career/lock` that is a folder (or a link, a device...) is not a lock career made: it can be
 * neither created nor recovered, so say so instead of waiting or failing on it.
 */
function refuseNonFile(abs: string): void {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(abs);
  } catch {
    return; // no lock: the normal case
  }
  if (st.isFile()) return;
  const what = st.isDirectory() ? 'a folder' : st.isSymbolicLink() ? 'a symbolic link' : 'not a regular file';
  throw new UserError(`${LOCK_FILE} in the journal is ${what}, not career's lock file, so career will not write`,
    `remove it (\`rm -r ${abs}\`) if nothing of yours is in it, then run this again`);
}

/** Run `fn` holding the journal's write lock. */
export async function withLock<T>(root: string, fn: () => Promise<T> | T, opts: LockOptions = {}): Promise<T> {
  ensureDirInside(root, PRIVATE_DIR);
  const abs = resolveInside(root, LOCK_FILE);
  const envTimeout = process.env.CAREER_LOCK_TIMEOUT_MS?.trim() ? Number(process.env.CAREER_LOCK_TIMEOUT_MS) : NaN;
  const timeoutMs = opts.timeoutMs ?? (Number.isFinite(envTimeout) && envTimeout >= 0 ? envTimeout : 10_000);
  const me: LockOwner = { pid: process.pid, host: os.hostname(), command: opts.command ?? 'career', since: new Date().toISOString() };
  const deadline = Date.now() + timeoutMs;
  let told = false;
  let unreadable = 0;
  refuseNonFile(abs);
  while (!tryCreate(abs, me)) {
    refuseNonFile(abs);
    const owner = readOwner(abs);
    if (isStale(abs, owner, me.host) && recoverStale(abs, owner)) {
      opts.notice?.(`Recovered a stale lock left by ${describeOwner(owner)}, which is no longer running.`);
      continue;
    }
    // Not stale, or another process is recovering it right now: wait like for a live owner.
    if (Date.now() >= deadline) {
      throw new UserError(`the journal is locked by ${describeOwner(owner)}`,
        `wait for it to finish; if that process is gone, delete ${LOCK_FILE} in the journal`);
    }
    // A lock caught between its creation and its owner's name (or its removal) names nobody:
    // the next look usually can, and "another career process" is said only if it still cannot.
    if (!owner) unreadable++;
    if (!told && (owner || unreadable > 1)) {
      opts.notice?.(`Waiting for ${describeOwner(owner)} to finish…`);
      told = true;
    }
    await sleep(POLL_MS);
  }
  try {
    return await fn();
  } finally {
    // Only remove the lock if it is still ours.
    if (readOwner(abs)?.pid === me.pid) fs.rmSync(abs, { force: true });
  }
}

/**
 * For a reader that found problems while a writer holds the lock (a sync mid-rebase has conflict
 * markers or half-replayed files on disk for a moment): wait, without taking the lock, until the
 * writer is done or the usual timeout passes. True when there was a writer to wait for, so the
 * reader should look again. Readers never wait otherwise (SPEC §5).
 */
export async function waitForWriter(root: string, notice?: (message: string) => void): Promise<boolean> {
  const abs = resolveInside(root, LOCK_FILE);
  const envTimeout = process.env.CAREER_LOCK_TIMEOUT_MS?.trim() ? Number(process.env.CAREER_LOCK_TIMEOUT_MS) : NaN;
  const deadline = Date.now() + (Number.isFinite(envTimeout) && envTimeout >= 0 ? envTimeout : 10_000);
  const held = () => {
    const st = fs.statSync(abs, { throwIfNoEntry: false });
    if (!st?.isFile()) return false;
    const owner = readOwner(abs);
    return !isStale(abs, owner, os.hostname());
  };
  if (!held()) return false;
  notice?.(`Waiting for ${describeOwner(readOwner(abs))} to finish before reading…`);
  while (held() && Date.now() < deadline) await sleep(POLL_MS);
  return true;
}
