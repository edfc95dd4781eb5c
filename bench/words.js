// Word lists and sentence templates for the bench journal generator. Plain English pieces that
// combine into varied, plausible career-journal text; `{slot}` names refer to lists in SLOTS.

export const SLOTS = {
  person: [
    'Priya', 'Marcus', 'Elena', 'Tomasz', 'Aisha', 'Daniel', 'Mei', 'Jonas', 'Fatima', 'Lucas',
    'Sofia', 'Kwame', 'Hannah', 'Ravi', 'Ingrid', 'Mateo', 'Yuki', 'Oliver', 'Amara', 'Pieter',
    'Chloe', 'Diego', 'Leila', 'Sam', 'Nadia', 'Ethan', 'Grace', 'Omar', 'Lena', 'Felix',
  ],
  role: [
    'my manager', 'the tech lead', 'our product manager', 'a staff engineer', 'the new hire',
    'my mentor', 'the designer', 'a customer', 'the CTO', 'our data scientist', 'the on-call lead',
    'a recruiter', 'the team', 'my skip-level', 'the support lead',
  ],
  project: [
    'billing migration', 'search rewrite', 'onboarding flow', 'mobile release', 'data pipeline',
    'pricing page', 'incident tooling', 'design system', 'API gateway', 'reporting dashboard',
    'checkout redesign', 'permissions model', 'notification service', 'test harness',
    'partner integration', 'cost review', 'hiring loop', 'analytics rollout', 'caching layer',
    'accessibility audit', 'migration to Postgres', 'customer portal', 'release train',
  ],
  tech: [
    'Rust', 'TypeScript', 'Go', 'Kubernetes', 'Terraform', 'SQL', 'Python', 'React', 'Kafka',
    'distributed systems', 'machine learning', 'observability', 'Spanish', 'public speaking',
    'systems design', 'product analytics', 'German', 'statistics', 'security engineering',
  ],
  artifact: [
    'design doc', 'RFC', 'retro notes', 'roadmap', 'proposal', 'postmortem', 'runbook',
    'architecture diagram', 'hiring rubric', 'quarterly plan', 'budget sheet', 'demo',
    'blog post', 'conference talk', 'onboarding guide', 'status update', 'pitch deck',
  ],
  meeting: [
    'one-on-one', 'standup', 'planning session', 'retro', 'design review', 'all-hands',
    'customer call', 'interview', 'offsite', 'code review', 'sprint demo', 'board update',
    'mentoring session', 'coffee chat', 'lunch-and-learn',
  ],
  feeling: [
    'energised', 'tired', 'proud', 'frustrated', 'calm', 'scattered', 'focused', 'anxious',
    'hopeful', 'stretched thin', 'confident', 'restless', 'grateful', 'drained', 'curious',
  ],
  outcome: [
    'it went better than I expected', 'we agreed on a smaller first step', 'nobody pushed back',
    'the numbers finally add up', 'I need a second pass', 'the scope is clearer now',
    'we cut two weeks from the plan', 'it exposed a gap in my understanding',
    'the team seemed relieved', 'I left with three open questions', 'we shipped it on time',
    'it slipped another week', 'I got a clear yes', 'the feedback was blunt but fair',
    'I should have asked for help earlier', 'it unblocked the whole team',
  ],
  habit: [
    'deep-work mornings', 'a weekly review', 'writing before meetings', 'saying no to low-value asks',
    'a daily walk', 'reading for thirty minutes', 'time-boxing email', 'asking for feedback early',
    'keeping a decision log', 'protecting Friday afternoons', 'pairing once a week',
  ],
  skill: [
    'delegation', 'estimation', 'negotiation', 'facilitation', 'written communication',
    'stakeholder management', 'coaching', 'prioritisation', 'debugging', 'giving feedback',
    'storytelling with data', 'conflict resolution', 'hiring', 'budgeting', 'product sense',
  ],
  obstacle: [
    'too many meetings', 'an unclear owner', 'waiting on legal', 'a flaky test suite',
    'context switching', 'a missing dependency', 'the reorg', 'on-call interruptions',
    'vague requirements', 'a hiring freeze', 'my own procrastination', 'a slow review queue',
    'budget approval', 'a sick week', 'travel',
  ],
  resource: [
    'a budget for courses', 'a quiet room on Tuesdays', 'access to the production metrics',
    'the O\'Reilly subscription', 'a conference ticket', 'two hours a week of focus time',
    'a sandbox account', 'a mentor outside the company', 'the team\'s travel budget',
    'a standing desk', 'the internal wiki', 'a coaching budget',
  ],
  community: [
    'platform engineering', 'engineering management', 'open source', 'product', 'data',
    'developer experience', 'security', 'local startup', 'women in tech', 'Rust',
  ],
  event: [
    'a regional conference', 'the company summit', 'a local meetup', 'an industry podcast',
    'the internal tech talks', 'a university guest lecture', 'a community webinar',
  ],
  product: [
    'newsletter', 'consulting practice', 'browser extension', 'course on systems design',
    'side project', 'open-source tool', 'workshop series', 'template store',
  ],
  race: ['half marathon', '10k', 'sprint triathlon', 'century ride', 'marathon'],
  topic: [
    'engineering leadership', 'career growth', 'reliable systems', 'remote work',
    'technical writing', 'hiring well', 'incident response', 'data quality',
  ],
  team: ['platform', 'payments', 'growth', 'infrastructure', 'mobile', 'data', 'search', 'security'],
  level: ['senior engineer', 'staff engineer', 'engineering manager', 'principal engineer', 'director of engineering', 'tech lead'],
  cert: ['AWS Solutions Architect', 'Kubernetes administrator', 'PMP', 'CISSP', 'Google Cloud architect', 'Scrum master'],
  n: ['2', '3', '4', '5', '6', '8', '10', '12'],
  holiday: ['three', 'four', 'five'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
};

export const GOAL_TITLES = {
  development: [
    'Become fluent in {tech} for production work', 'Earn the {cert} certification',
    'Get good at {skill} through deliberate practice', 'Build a real project in {tech}',
    'Read and apply {n} books on {topic}', 'Complete an advanced course in {tech}',
    'Turn {skill} from a weakness into a strength', 'Go deep on {tech} by teaching it',
  ],
  position: [
    'Get promoted to {level}', 'Move into a {level} role on the {team} team',
    'Lead the {team} team through its next phase', 'Own the {project} end to end',
    'Take on the {level} scope before the next review', 'Become the go-to person for the {project}',
  ],
  networking: [
    'Build a circle of {n} peers in {community}', 'Speak at {event} about {topic}',
    'Mentor {n} junior engineers for a year', 'Meet {n} people outside my company each quarter',
    'Become a known voice in the {community} community', 'Host a monthly {community} meetup',
  ],
  balance: [
    'Run a {race} without injury', 'Keep weekends free of work email',
    'Take {holiday} weeks of real holiday every year', 'Make {habit} a lasting habit',
    'Sleep seven hours on work nights', 'Leave work by six on most weekdays',
  ],
  entrepreneurial: [
    'Launch a paid {product}', 'Reach {n} paying customers for my {product}',
    'Validate an idea for a {product} with real users', 'Earn side income from a {product}',
  ],
  other: [
    'Write a short book about {topic}', 'Publish {n} essays on {topic}',
    'Learn to teach {topic} to newcomers', 'Volunteer monthly with the {community} community',
  ],
};

export const WHY = [
  'it is the next step toward the {level} role I want',
  'the industry is moving toward {tech} and I want to be ready',
  'I keep avoiding {skill} and it is holding me back',
  'it serves my value of {value} more than anything else on my plate',
  '{person} showed me what becomes possible when you invest in this',
  'the team needs someone to own it, and I want that someone to be me',
  'I want more control over where my career goes next',
  'it gives me energy in a way my day job does not',
  'my last review named it as the gap between me and the next level',
];

// `types`: the goal types a metric suits; `down`: the target is below the start.
export const METRICS = [
  { name: 'design docs written', unit: 'docs', lo: 4, hi: 20, types: ['position', 'development'] },
  { name: 'course modules completed', unit: 'modules', lo: 8, hi: 40, types: ['development'] },
  { name: 'hours of deliberate practice', unit: 'hours', lo: 40, hi: 300, decimal: true, types: ['development', 'balance'] },
  { name: 'books read', unit: 'books', lo: 3, hi: 12, types: ['development', 'other'] },
  { name: 'talks given', unit: 'talks', lo: 2, hi: 10, types: ['networking', 'position'] },
  { name: 'people mentored', unit: 'people', lo: 2, hi: 8, types: ['networking', 'position'] },
  { name: 'new contacts met', unit: 'people', lo: 10, hi: 60, types: ['networking'] },
  { name: 'paying customers', unit: 'customers', lo: 10, hi: 200, types: ['entrepreneurial'] },
  { name: 'monthly revenue', unit: 'EUR', lo: 500, hi: 5000, types: ['entrepreneurial'] },
  { name: 'users interviewed', unit: 'users', lo: 10, hi: 40, types: ['entrepreneurial'] },
  { name: 'essays published', unit: 'essays', lo: 6, hi: 30, types: ['other', 'networking'] },
  { name: 'chapters drafted', unit: 'chapters', lo: 8, hi: 16, types: ['other'] },
  { name: 'volunteer sessions', unit: 'sessions', lo: 6, hi: 24, types: ['other'] },
  { name: 'weekly running distance', unit: 'km', lo: 15, hi: 60, decimal: true, types: ['balance'] },
  { name: 'holiday weeks taken', unit: 'weeks', lo: 3, hi: 5, types: ['balance'] },
  { name: 'features shipped', unit: 'features', lo: 5, hi: 25, types: ['position'] },
  { name: 'on-call pages per month', unit: 'pages', lo: 5, hi: 40, down: true, types: ['position', 'balance'] },
  { name: 'hours of meetings per week', unit: 'hours', lo: 8, hi: 25, down: true, types: ['balance', 'position'] },
  { name: 'evenings with work email', unit: 'per week', lo: 0, hi: 5, down: true, types: ['balance'] },
];

// Milestones that fit any goal, then ones for a goal type.
export const MILESTONES = [
  'Draft the first {artifact}', 'Share the {artifact} with {person}', 'Reach the halfway mark',
  'Book time with {person} for feedback', 'Review progress with {person}', 'Write up what worked so far',
  'Agree the next step with {role}', 'Hit {n} weeks of {habit}',
];
export const TYPE_MILESTONES = {
  development: ['Finish module {n}', 'Finish the {tech} workshop', 'Complete the {cert} practice exam', 'Pair with {person} on the {project}', 'Ship a small {tech} tool at work', 'Read the chapter on {topic}'],
  position: ['Present the {artifact} at the {meeting}', 'Get sign-off on the {project}', 'Ship the {project} beta', 'Lead the {project} kickoff', 'Run the first {meeting} on my own', 'Hand over the {project} to the {team} team'],
  networking: ['Submit the talk proposal to {event}', 'Give the talk at {event}', 'Meet {n} new people at {event}', 'Start a monthly coffee with {person}', 'Publish the {artifact}'],
  balance: ['Run the {race} training block', 'Take a full week off', 'Go a month without evening email', 'Finish the {race}', 'Keep {habit} for {n} weeks'],
  entrepreneurial: ['Interview {n} potential users', 'Set up the {product} landing page', 'Close the first {n} customers', 'Send the first invoice', 'Ship version one of the {product}'],
  other: ['Write the {topic} outline', 'Finish chapter {n}', 'Publish the first essay on {topic}', 'Find an editor', 'Teach the first session on {topic}'],
};

export const STEPS = [
  'block two mornings a week for {habit}', 'ask {person} to review my {artifact}',
  'list the open questions on the {project}', 'sign up for the {tech} course',
  'draft an outline before Friday', 'set a reminder for the monthly review',
  'find a buddy for {habit}', 'read the last three {artifact}s from the {team} team',
  'schedule a {meeting} with {person}', 'write down what "done" means for the {project}',
  'cancel one recurring meeting', 'prepare a one-page summary for {role}',
  'collect examples of {skill} done well', 'buy the book on {topic}',
];

export const RISKS = [
  ['{obstacle} eats the time I planned', 'move the work to early mornings and tell {person}'],
  ['the {project} gets cancelled', 'keep the skills and pick another project that needs them'],
  ['I lose motivation after the first month', 'pair with {person} and report progress weekly'],
  ['a reorg changes my manager', 'write the plan down so it survives the change'],
  ['the budget is cut', 'use {resource} instead and ask again next quarter'],
  ['I get sick or injured', 'drop to the minimum version and protect {habit}'],
  ['nobody shows interest', 'interview {n} people before building more'],
  ['the scope keeps growing', 'agree a smaller first milestone with {role}'],
];

export const CLOSE = {
  celebration: [
    'dinner with {person} at the place we always talk about', 'a long weekend away with no laptop',
    'a new pair of running shoes', 'a thank-you note to everyone who helped', 'a day off in the mountains',
    'telling the team at the {meeting}',
  ],
  next: [
    'set a bigger goal around {topic}', 'take a month off from side projects', 'mentor someone through the same path',
    'turn the notes into a talk for {event}', 'focus on {skill} next', 'write up what I learned',
  ],
  reason: [
    'priorities changed after the reorg', 'it stopped serving my values', 'the {project} was cancelled',
    'I found a better way to get the same result', 'I was spreading myself too thin', 'life got in the way and I chose family',
  ],
};

export const REVISION_REASONS = [
  'the deadline was unrealistic', 'the scope changed after the {meeting}', '{person} suggested a clearer metric',
  'I underestimated {obstacle}', 'new information from the {project}', 'moved it to match the team roadmap',
];

export const ENTRY_TEXT = {
  note: [
    'Spent most of the day on the {project}; {outcome}.', '{meeting} with {person} about the {artifact}: {outcome}.',
    'Felt {feeling} today. Too many context switches between the {project} and email.',
    'Reorganised my week around {habit}. Let us see if it holds.', 'Read two chapters on {topic} on the train.',
    'Quiet day. Cleared the review queue and updated the {artifact}.', 'Planned the next two weeks of the {project} with {person}.',
    'Thinking about whether the {level} path is really what I want.', 'Long {meeting}; {outcome}.',
    'Wrote notes for the {artifact} before the {meeting} and it helped a lot.',
  ],
  win: [
    'Shipped the {project} and {outcome}.', '{person} said my {artifact} was the clearest one this quarter.',
    'Finally got the {project} past review.', 'Ran the {meeting} myself for the first time and {outcome}.',
    'Kept {habit} for the whole week.', 'Got a yes on the {artifact} from {role}.',
    'My {tech} practice paid off: fixed the bug in an hour instead of a day.', 'Landed a {meeting} with someone from the {community} community.',
    'Closed the loop on the {project}; everything is handed over cleanly.',
  ],
  learning: [
    'Learned that {skill} is mostly about listening first.', 'Writing the {artifact} first saves a meeting later.',
    'When {obstacle} shows up, saying it out loud early helps.', '{person} taught me a trick for {skill}: ask what would change their mind.',
    'I estimate badly when I am {feeling}; sleep on it.', 'Small demos beat long documents for the {project}.',
    'Reading other teams\' {artifact}s is the fastest way to learn the system.', 'A clear owner matters more than a clever plan.',
  ],
  frustration: [
    'Lost the afternoon to {obstacle}.', 'The {project} slipped again because of {obstacle}.',
    'Felt {feeling}; the {meeting} ran an hour over and decided nothing.', 'Third week in a row without time for {habit}.',
    'Got pulled into the {project} fire drill and lost my focus day.', 'My {artifact} sat in review for a week.',
  ],
  feedback: [
    '{person} said I should speak up earlier in the {meeting}.', '{role} wants shorter status updates from me.',
    'Feedback from {person}: my {artifact} was strong, the delivery was rushed.', 'Peer review says I am good at {skill} and should do more of it.',
    '{person} noticed I avoid conflict in the {meeting}; fair point.', '{role} asked me to delegate more of the {project}.',
  ],
};

export const CHECKIN = {
  focusDone: ['finished the {artifact}', 'two deep-work mornings', 'prepared the {meeting}', 'reviewed the {project} plan', 'cleared my inbox', 'a walk every day'],
  focus: ['finish the {artifact}', 'protect {habit}', 'prepare the {meeting} with {person}', 'unblock the {project}', 'one hour on {tech} daily', 'ask {person} for feedback'],
  blockers: ['{obstacle}', 'waiting on {person} for the {artifact}', 'no decision yet on the {project}', '{obstacle} on the {project}'],
  note: ['steady week', 'behind after {obstacle}', 'good momentum after the {meeting}', 'needs a smaller next step', 'waiting on {person}', 'back on track'],
};

export const TAGS = [
  'meetings', 'writing', 'learning', 'health', 'team', 'mentoring', 'hiring', 'focus', 'energy',
  'leadership', 'coding', 'career', 'family', 'reading', 'feedback', 'side-project', 'travel', 'ideas',
];

export const REVIEW_QUESTIONS = [
  ['wins', 'What went well?', 'list'],
  ['lessons', 'What did you learn?', 'list'],
  ['stuck', 'Where did you get stuck, and why?', 'text'],
  ['values', 'Did your time reflect your values?', 'text'],
  ['energy', 'What gave you energy, and what drained it?', 'text'],
  ['next', 'What will you focus on next?', 'list'],
  ['stop', 'What will you stop doing?', 'text'],
];

export const PROFILE = {
  names: ['Alex Morgan', 'Jordan Lee', 'Sam Rivera', 'Taylor Brooks', 'Robin Castillo', 'Jamie Novak'],
  values: ['growth', 'craft', 'impact', 'autonomy', 'family', 'honesty', 'curiosity', 'security', 'community', 'health'],
  passions: ['teaching', 'building tools people love', 'writing', 'untangling messy systems', 'running', 'open source', 'cooking for friends', 'mentoring'],
  talents: ['explaining complex ideas simply', 'staying calm in incidents', 'spotting patterns in data', 'bringing people together', 'fast prototyping', 'patient debugging'],
  strengths: ['written communication', 'systems thinking', 'follow-through', 'empathy', 'curiosity', 'technical depth'],
  weaknesses: ['saying no', 'delegation', 'public speaking', 'estimating', 'asking for help', 'perfectionism'],
  hardSkills: ['TypeScript', 'Go', 'SQL', 'Kubernetes', 'systems design', 'data modelling', 'observability', 'Python', 'Terraform', 'security reviews'],
  softSkills: ['facilitation', 'coaching', 'negotiation', 'writing', 'stakeholder management', 'giving feedback', 'prioritisation'],
  relationships: [
    ['Priya Raman', 'mentor', 'monthly coffee to review my goals'], ['Marcus Hale', 'manager', 'ask for a stretch project each quarter'],
    ['Elena Petrova', 'peer', 'trade design reviews'], ['Kwame Mensah', 'former manager', 'send a short update twice a year'],
    ['Yuki Tanaka', 'sponsor', 'share wins so she can advocate for me'], ['Lucas Ferreira', 'mentee', 'weekly pairing session'],
    ['Grace Obi', 'community organiser', 'offer to speak at the next meetup'],
  ],
  visions: [
    'In ten years I lead a team that builds tools people rely on every day, I write and teach about what I learn, and I still have evenings for the people I love.',
    'I want to be the engineer others call when something is hard and important, with a reputation for clear thinking and kindness, working four days a week.',
  ],
};
