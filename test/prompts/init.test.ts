import { describe, it, expect } from 'vitest';
import { answer, screen, waitFor } from '../helpers/screen.js';
// Imported after the screen helper so its prompts are the instrumented ones.
import { askProfile } from '../../src/prompts/init.js';

describe('career init conversation', () => {
  it('asks every section and returns the answers', async () => {
    const said: string[] = [];
    const result = askProfile({}, { name: 'ana', year: 2026 }, (t) => said.push(t));

    await answer('Your name', 'Ana Lopez');
    await answer('proudest', 'Shipped the billing rewrite');
    await answer('Anything else you are proud of', '');
    await answer('biggest challenge', 'A team reorg');
    await answer('How did you handle it', 'Weekly 1:1s with everyone');
    await answer('New skills', 'Go, public speaking');
    await answer('out of your depth', 'Budget planning');
    await answer('opportunity you missed', 'Conference talk');
    await answer('top 3 career values', 'growth, autonomy, impact');
    await answer('top 3 passions', 'teaching');
    await answer('top 2 gifts', 'explaining');
    await answer('Strengths', 'systems thinking');
    await answer('Weaknesses', 'delegation');
    await answer('A skill you use', 'TypeScript');
    await answer('hard or a soft skill', ''); // first choice: hard
    await answer('How good are you at TypeScript', '\b4');
    await answer('Another skill', '');
    await answer('Someone key to your career', 'Sam');
    await answer("Sam's role", 'manager');
    await answer('One thing you will do', 'Monthly career chat');
    await answer('Someone else', '');
    await answer('Your vision statement', 'Lead a team known for growing people');
    await answer('Which day', ''); // default friday
    await answer('Accountability partner', 'Lee');
    await answer('How do you reach Lee', 'lee@example.com');

    const a = await result;
    expect(a).toMatchObject({
      name: 'Ana Lopez',
      vision: 'Lead a team known for growing people',
      values: ['growth', 'autonomy', 'impact'],
      passions: ['teaching'],
      talents: ['explaining'],
      skills: [{ name: 'TypeScript', kind: 'hard', rating: 4 }],
      relationships: [{ name: 'Sam', role: 'manager', action: 'Monthly career chat' }],
      checkinDay: 'friday',
      partner: { name: 'Lee', contact: 'lee@example.com' },
    });
    expect(a.reflection).toMatchObject({ year: 2026, accomplishments: ['Shipped the billing rewrite'], challenge: 'A team reorg', newSkills: ['Go', 'public speaking'] });
    expect(said.join('\n')).toContain('Example:');
  });

  it('asks only what flags did not answer, and refuses more than 3 values', async () => {
    const result = askProfile(
      { name: 'Ana', reflection: { accomplishments: [], challenge: '', handled: '', newSkills: [], outOfDepth: '', missedOpportunities: '' }, passions: [], talents: [], strengths: [], weaknesses: [], skills: [], relationships: [], vision: 'v', checkinDay: 'monday', partner: null },
      { name: 'ana', year: 2026 }, () => {});
    await waitFor('top 3 career values');
    screen.type('a, b, c, d');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('at most 3');
    for (let i = 0; i < 3; i++) screen.keypress('backspace');
    screen.keypress('enter');
    const a = await result;
    expect(a.values).toEqual(['a', 'b', 'c']);
    expect(a.name).toBe('Ana');
    expect(a.checkinDay).toBe('monday');
  });

  it('takes "Name <email>" for the partner in one answer, as --partner does', async () => {
    const given = { name: 'Ana', reflection: { accomplishments: [], challenge: '', handled: '', newSkills: [], outOfDepth: '', missedOpportunities: '' },
      values: ['growth'], passions: [], talents: [], strengths: [], weaknesses: [], skills: [], relationships: [], vision: 'v', checkinDay: 'monday' as const };
    const result = askProfile(given, { name: 'ana', year: 2026 }, () => {});
    await answer('Accountability partner', 'Lee Park <lee@example.com>');
    expect((await result).partner).toEqual({ name: 'Lee Park', contact: 'lee@example.com' });
  });

  it('names the year it reflects on in each question (in January, the year just ended)', async () => {
    const said: string[] = [];
    const given = { name: 'Ana', values: [], passions: [], talents: [], strengths: [], weaknesses: [], skills: [], relationships: [], vision: 'v', checkinDay: 'monday' as const, partner: null };
    const result = askProfile(given, { name: 'ana', year: 2026 }, (t) => said.push(t));
    await answer('What are you proudest of in 2026?', 'Shipped it');
    await answer('Anything else you are proud of?', '');
    await answer('Your biggest challenge in 2026', '');
    await answer('New skills you picked up in 2026', '');
    await answer('Where did you feel out of your depth?', '');
    await answer('An opportunity you missed', '');
    expect((await result).reflection).toMatchObject({ year: 2026, accomplishments: ['Shipped it'] });
    expect(said).toContain('\nFirst, look back at 2026.');
  });
});
