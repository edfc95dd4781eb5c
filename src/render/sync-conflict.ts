// What `career sync` prints when a pull stops on a conflict: which files both sides changed, that
// nothing was lost, and the exact git steps to combine them, each pastable as printed.
import { plural, sh } from '../core/text.js';
import { safeText } from './safe.js';

interface Sides {
  remote: boolean;
  yours: boolean;
}

export interface Conflict {
  dir: string;
  /** The remote branch the rebase is onto, e.g. origin/main. */
  tracking: string;
  conflicts: string[];
  sides: Record<string, Sides>;
  /** What git said, when no file is named. */
  detail: string;
  /** Files both sides changed that git has not reached yet. */
  alsoChanged: string[];
  /** How to write a career command in a step (with --dir when the person used it). */
  career: (sub: string) => string;
}

/** The one command that settles `f` on one side: take that side's file, or delete it as that side did. */
function takeSide(d: string, f: string, sides: Sides | undefined, side: 'remote' | 'yours'): string {
  const has = sides ? sides[side] : true;
  if (!has) return `git -C ${d} rm --quiet -- ${sh(f)}`;
  // A checkout from a commit also stages the file, which resolves the conflict on its own.
  return `git -C ${d} checkout ${side === 'remote' ? 'HEAD' : 'REBASE_HEAD'} -- ${sh(f)}`;
}

export function conflictLines(c: Conflict): string[] {
  const { conflicts, detail, sides, tracking, alsoChanged } = c;
  const d = sh(c.dir);
  const lines: string[] = [];
  const say = (line: string) => { lines.push(line); };
  if (conflicts.length === 0) {
    say(`career: sync stopped: git could not put your commits on top of the remote's: ${detail}`);
  } else {
    say(`career: sync stopped: your commits and the remote's both change ${plural(conflicts.length, 'file')}:`);
    for (const f of conflicts) {
      const s = sides[f];
      const note = s && !s.remote ? ' (deleted on the remote, changed by you)' : s && !s.yours ? ' (changed on the remote, deleted by you)' : '';
      say(`  ${safeText(f)}${note}`);
    }
  }
  // git stops at the first of your commits that conflicts; later ones may stop it again.
  const later = alsoChanged.filter((f) => !conflicts.includes(f));
  if (later.length) {
    say(`Both sides also changed ${later.length === 1 ? 'this file' : 'these files'}, so git may stop again there:`);
    for (const f of later) say(`  ${safeText(f)}`);
  }
  say(`Nothing was lost: the journal is back to your own commits, and the remote's version is in ${tracking}.`);
  say('To combine them, run:');
  say(`  1. git -C ${d} rebase ${tracking}`);
  if (conflicts.length) {
    say('  2. for each file above, take one side whole with one of its two commands:');
    for (const f of conflicts) {
      say(`       ${safeText(f)}:`);
      say(`       keep the remote's version:  ${takeSide(d, f, sides[f], 'remote')}`);
      say(`       keep your version:          ${takeSide(d, f, sides[f], 'yours')}`);
    }
    say('     or edit it to keep what you want from both sides (and delete the <<<<<<<, ======= and');
    say('     >>>>>>> lines), then mark it resolved (step 3).');
    say('  3. only for a file you edited by hand:');
    for (const f of conflicts) say(`       git -C ${d} add -- ${sh(f)}`);
  } else {
    say(`  2. fix what \`git -C ${d} status\` reports`);
    say(`  3. git -C ${d} add -- <each file you fixed>`);
  }
  say(`  4. git -C ${d} rebase --continue`);
  say('     (git may open your editor for the commit message: save and close it; if git says there is');
  say(`     nothing to commit because you kept the remote's version, run git -C ${d} rebase --skip)`);
  say('     If git stops again at another conflict, do steps 2-4 again for the files it names.');
  say(`     (\`git -C ${d} status\` lists them; for a file only one side still has, \`git -C ${d} rm\` keeps the deletion.)`);
  say(`  5. ${c.career('doctor')}`);
  say(`  6. ${c.career('sync')}`);
  say(`To stop halfway, \`git -C ${d} rebase --abort\` brings the journal back to how it is now.`);
  return lines;
}
