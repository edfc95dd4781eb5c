// The journal both completion test files complete against (bash in completion.test.ts, zsh and
// fish in completion-shells.test.ts): two goals, milestones on one, a tagged win.
import { career, journalFixture } from './env.js';

export const GOAL = 'ship-the-pilot-to-ten-teams';

export function completionJournal(): { dir: string; env: NodeJS.ProcessEnv } {
  return journalFixture('completion', (j) => {
    for (const args of [
      ['goal', 'add', '--yes', '--title', 'Ship the pilot to ten teams', '--deadline', '2027-06-30', '--milestone', 'Pilot live@2027-01-31', '--milestone', 'Half the teams@2027-03-31'],
      ['goal', 'add', '--yes', '--title', 'Write the platform handbook', '--deadline', '2027-09-30'],
      ['journal', 'add', '--kind', 'win', '--tag', 'pilot', '--tag', 'sales', 'Demo went well'],
    ]) {
      const r = career(args, j.env);
      if (r.code !== 0) throw new Error(r.stderr);
    }
  });
}
