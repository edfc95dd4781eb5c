// goal list's table (render/goals.ts goalTable): every goal says what it is. Where the title
// column fits it is a column; where a long id leaves no room, the title is a line under its row.
import { describe, expect, it } from 'vitest';
import { goalTable } from '../../src/render/goals.js';
import { goalView } from '../../src/core/goal-view.js';
import { Goal } from '../../src/core/schemas.js';

const goal = (id: string, title: string) => ({ ...Goal.parse({
  version: 1, title, type: 'other', horizon: 'short', created: '2026-01-05', deadline: '2027-06-30',
}), id });
const table = (id: string, title: string, cols: number) => goalTable([goalView(goal(id, title), [], '2026-11-20')], cols).split('\n');

describe('goalTable', () => {
  it.each([
    ['a short id at 100 columns: the title is a column', 'crm', 'Roll out the CRM to 8 sales teams', 100, 2],
    ['a long id at 80 columns: the title is the line under the row', 'roll-out-the-crm-to-8-sales-teams', 'Roll out the CRM to 8 sales teams', 80, 3],
  ] as [string, string, string, number, number][])('%s', (_name, id, title, cols, lines) => {
    const out = table(id, title, cols);
    expect(out).toHaveLength(lines);
    expect(out.join('\n')).toContain(title);
    expect(out[1]!.startsWith(id)).toBe(true);
    for (const line of out) expect(line.length).toBeLessThanOrEqual(cols);
  });
});
