// Renaming a goal's id in the text of journal files, for `career sync` when two machines added a
// goal with the same id: the goal that had not been pushed yet takes a new id, and every file of
// its own side that names it (a child's `parent:`, a check-in's or a journal entry's `goal:`) is
// changed on that one line, so the rest of each file keeps its bytes.

const ID_CHARS = 'a-z0-9-';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with every `parent:` / `goal:` value equal to `from` set to `to` (quotes and comments kept). */
export function renameGoalRefs(text: string, from: string, to: string): string {
  const line = new RegExp(`^(\\s*(?:-\\s+)?(?:parent|goal):[ \\t]*)(["']?)${escape(from)}\\2([ \\t]*(?:#.*)?)(\\r?)$`, 'gm');
  return text.replace(line, (_m, head: string, q: string, tail: string, cr: string) => `${head}${q}${to}${q}${tail}${cr}`);
}

/** A commit subject with the id `from` (as a whole word) replaced by `to`. */
export function renameInSubject(subject: string, from: string, to: string): string {
  return subject.replace(new RegExp(`(^|[^${ID_CHARS}])${escape(from)}(?=$|[^${ID_CHARS}])`, 'g'), `$1${to}`);
}
