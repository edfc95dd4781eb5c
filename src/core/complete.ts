// Shell completion as data (SPEC §3, `career completion`): given the command tree and the words
// typed so far, what may come next. The shells' scripts only ask (`career __complete ...`) and
// show the answer, so bash, zsh and fish complete alike, from the one tree commander declares.
// Pure: the journal's values (goal ids, milestones, tags, weeks) come in through `values`.

export interface TreeOption {
  /** `--goal`, `-n` (the long name when there is one). */
  names: string[];
  /** Whether it takes a value (`--goal <id>`). */
  takesValue: boolean;
  /** The placeholder name, e.g. `id`, `date`, `kind` (lowercase, no brackets). */
  valueName?: string;
}

export interface TreeCommand {
  name: string;
  description: string;
  options: TreeOption[];
  /** Positional arguments by name, e.g. ['goal', 'milestone']; a variadic one last. */
  args: { name: string; variadic: boolean }[];
  commands: TreeCommand[];
}

/** What the journal and the vocabulary offer for a kind of value. */
export interface ValueSource {
  goals: () => string[];
  milestones: (goal: string) => string[];
  tags: () => string[];
  weeks: () => string[];
  fixed: Readonly<Record<string, readonly string[]>>;
}

export interface Candidate {
  value: string;
  description?: string;
}

/** Where the words leave us: the command reached, its options and positionals so far, and what the last word is. */
interface Position {
  command: TreeCommand;
  /** Every option seen on the way (the globals and each level's). */
  options: TreeOption[];
  positionals: string[];
  /** The option whose value the current word is, if any. */
  pending?: TreeOption;
}

function findOption(options: readonly TreeOption[], word: string): TreeOption | undefined {
  const name = word.includes('=') ? word.slice(0, word.indexOf('=')) : word;
  return options.find((o) => o.names.includes(name));
}

function walk(root: TreeCommand, words: readonly string[]): Position {
  const pos: Position = { command: root, options: [...root.options], positionals: [] };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith('-') && w !== '-') {
      const opt = findOption(pos.options, w);
      if (opt?.takesValue && !w.includes('=')) {
        if (i === words.length - 1) pos.pending = opt;
        i++;
      }
      continue;
    }
    const sub = pos.positionals.length === 0 ? pos.command.commands.find((c) => c.name === w) : undefined;
    if (sub) {
      pos.command = sub;
      pos.options.push(...sub.options);
      continue;
    }
    pos.positionals.push(w);
  }
  return pos;
}

/** The values an argument or option placeholder stands for. */
function valuesFor(name: string, pos: Position, src: ValueSource, optionName?: string): string[] {
  const fixed = src.fixed[`${pos.command.name}.${name}`] ?? src.fixed[`${optionName ?? ''}`] ?? src.fixed[name];
  if (fixed) return [...fixed];
  switch (name) {
    case 'id': case 'goal': return src.goals();
    case 'milestone': return pos.positionals[0] ? src.milestones(pos.positionals[0]) : [];
    case 'tag': return src.tags();
    case 'gggg-www': case 'week': return src.weeks();
    // `--progress id=value`, `--status id=status`: the goal id and the sign, then the value.
    case 'id=value': case 'id=status': case 'id=text': case 'goal=milestone': return src.goals().map((g) => `${g}=`);
    default: return [];
  }
}

/**
 * What may complete the last of `words` (the words after `career`; the last may be empty).
 * Empty when only a file name fits: the shell then completes files itself.
 */
export function complete(root: TreeCommand, words: readonly string[], src: ValueSource): Candidate[] {
  const current = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  const pos = walk(root, before);
  const starts = (c: Candidate) => c.value.startsWith(current);
  if (pos.pending) {
    const name = pos.pending.valueName ?? '';
    return valuesFor(name, pos, src, pos.pending.names[0]).map((value) => ({ value })).filter(starts);
  }
  // `--status crm=` then the status; `--goal=` then a goal.
  const eq = current.indexOf('=');
  if (current.startsWith('--') && eq > 0) {
    const opt = findOption(pos.options, current);
    if (!opt?.takesValue) return [];
    const head = current.slice(0, eq + 1);
    return valuesFor(opt.valueName ?? '', pos, src, opt.names[0]).map((v) => ({ value: head + v })).filter(starts);
  }
  if (current.startsWith('-')) {
    const seen = new Set(before);
    return pos.options.flatMap((o) => o.names.filter((n) => n.startsWith('--')).slice(0, 1))
      .filter((n) => !seen.has(n) || n === '--help')
      .map((value) => ({ value })).filter(starts);
  }
  if (pos.command.commands.length && pos.positionals.length === 0) {
    return pos.command.commands.map((c) => ({ value: c.name, description: c.description })).filter(starts);
  }
  const arg = pos.command.args[Math.min(pos.positionals.length, pos.command.args.length - 1)];
  if (!arg || (pos.positionals.length >= pos.command.args.length && !arg.variadic)) return [];
  return valuesFor(arg.name, pos, src).map((value) => ({ value })).filter(starts);
}
