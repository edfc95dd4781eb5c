// Commit messages are a pure function of what changed, so history reads like a changelog:
// `goal: add lead-crm-rollout`, `checkin: 2026-W47`, `journal: add win on 2026-11-21`.

export type Change =
  | { kind: 'init'; name: string }
  | { kind: 'profile'; fields: string[] }
  | { kind: 'goal'; action: 'add' | 'edit' | 'done' | 'drop'; id: string; detail?: string }
  | { kind: 'progress'; id: string; from: number | null; to: number }
  | { kind: 'milestone'; action: 'add' | 'done' | 'edit' | 'undo' | 'rm'; goal: string; milestone: string; detail?: string }
  | { kind: 'step'; action: 'add' | 'done'; goal: string; step: number }
  | { kind: 'checkin'; week: string; edited?: boolean }
  | { kind: 'journal'; date: string; entryKind: string }
  | { kind: 'import'; source: string; entries: number; days: number }
  | { kind: 'review'; review: string; period: string };

/** Keep subject lines short and on one line whatever the user typed. */
function clean(text: string, max = 60): string {
  const one = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function commitMessage(change: Change): string {
  switch (change.kind) {
    case 'init': return `init: career journal for ${clean(change.name)}`;
    case 'profile': return `profile: update ${change.fields.join(', ') || 'profile'}`;
    case 'goal': return `goal: ${change.action} ${change.id}${change.detail ? ` (${clean(change.detail)})` : ''}`;
    case 'progress': return `goal: progress ${change.id} ${change.from ?? '–'} -> ${change.to}`;
    case 'milestone': return `milestone: ${change.action} ${change.goal}/${change.milestone}${change.detail ? ` (${clean(change.detail)})` : ''}`;
    case 'step': return `step: ${change.action} ${change.goal} #${change.step}`;
    case 'checkin': return `checkin: ${change.week}${change.edited ? ' (edited)' : ''}`;
    case 'journal': return `journal: add ${change.entryKind} on ${change.date}`;
    case 'review': return `review: ${change.review} ${change.period}`;
    case 'import': return `journal: import ${change.entries} ${change.entries === 1 ? 'entry' : 'entries'} on ${change.days} ${change.days === 1 ? 'day' : 'days'} from ${clean(change.source)}`;
  }
}
