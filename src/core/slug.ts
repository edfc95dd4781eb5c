// Goal ids (SPEC §2): slugs of the title that are safe as file names on every OS.
//
// The id becomes `goals/<id>.yaml`, so it is a security boundary as much as a label:
// only [a-z0-9-] survive, which rules out `/`, `\`, `..`, leading dots, leading dashes
// (option injection into git), control characters and shell metacharacters. Everything
// else here is about making the id pleasant to type: transliterating rather than
// dropping letters, and cutting long titles at a word boundary.

export const MAX_ID_LENGTH = 48;

const ID_RE = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

/** 1–48 chars of [a-z0-9-], starting and ending with a letter or digit. */
export function isValidId(s: string): boolean {
  return typeof s === 'string' && ID_RE.test(s);
}

// Letters that Unicode decomposition does not reduce to ASCII (ø is not o + a mark),
// plus Cyrillic and Greek, so common non-Latin titles still give a readable id.
// Keys are lowercase: the title is lowercased before lookup.
const TRANSLIT: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
  ħ: 'h', ŧ: 't', ĸ: 'k', ŋ: 'ng', ƒ: 'f', ŀ: 'l', ȷ: 'j',
  // Cyrillic (Russian, Ukrainian, Belarusian), a simple BGN-like romanisation.
  // й, ё and ї are listed because NFKD would otherwise reduce them to и, е and і.
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh',
  з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Greek (accents are stripped by NFKD before the second lookup).
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k',
  λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't',
  υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

const TRANSLIT_RE = new RegExp(`[${Object.keys(TRANSLIT).join('')}]`, 'gu');

function transliterate(s: string): string {
  return s.replace(TRANSLIT_RE, (ch) => TRANSLIT[ch] ?? ch);
}

/**
 * Lowercase ASCII approximation. Transliterate before NFKD (so й stays y) and after it
 * (so Greek ά, decomposed to α + accent, is found); NFKD also folds full-width and
 * ligature forms (ﬁ → fi, Ａ → A, ² → 2).
 */
function toAscii(title: string): string {
  const first = transliterate(title.toLowerCase());
  const stripped = first.normalize('NFKD').replace(/\p{M}/gu, '');
  return transliterate(stripped.toLowerCase());
}

/**
 * Cut to MAX_ID_LENGTH, preferring the last `-` in the final 16 characters so a long
 * title loses whole words rather than ending mid-word.
 */
function truncate(slug: string): string {
  if (slug.length <= MAX_ID_LENGTH) return slug;
  // The word ends exactly at the limit: nothing to cut back.
  if (slug[MAX_ID_LENGTH] === '-') return slug.slice(0, MAX_ID_LENGTH);
  const cut = slug.slice(0, MAX_ID_LENGTH);
  const boundary = cut.lastIndexOf('-');
  const kept = boundary >= MAX_ID_LENGTH - 16 ? cut.slice(0, boundary) : cut;
  return kept.replace(/-+$/, '');
}

// Windows refuses these as file names whatever the extension (`con.yaml` included).
// COM0/LPT0 are not in the brief's list but are reserved on some Windows versions.
const RESERVED_RE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** 32-bit FNV-1a over UTF-8 bytes: tiny, deterministic, good enough to spread ids. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Used when nothing of the title survives (emoji, CJK, punctuation only). Stable for
 * the same title so re-running a command does not invent a new id.
 */
function fallbackId(nfcTitle: string): string {
  const n = fnv1a32(nfcTitle) % 36 ** 6;
  return `g-${n.toString(36).padStart(6, '0')}`;
}

/** The goal id for a title. Always satisfies isValidId. */
export function slugify(title: string): string {
  const nfc = title.normalize('NFC');
  const slug = truncate(
    toAscii(nfc)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, ''),
  );
  if (slug === '') return fallbackId(nfc);
  if (RESERVED_RE.test(slug)) return `${slug}-goal`;
  return slug;
}

/** Give up rather than loop forever when `taken` is broken (always true). */
const MAX_SUFFIX = 100_000;

/**
 * `base` if free, else `base-2`, `base-3`, … A collision gets a suffix, never an
 * overwrite (SPEC §2). The base is shortened so the whole id stays ≤ 48 characters.
 */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!isValidId(base)) throw new RangeError(`uniqueId: not a valid id: "${base}"`);
  if (!taken(base)) return base;
  for (let n = 2; n <= MAX_SUFFIX; n++) {
    const suffix = `-${n}`;
    // Trimming can expose a `-` at the cut; drop it so we never write `--2`.
    const stem = base.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, '');
    const candidate = `${stem}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
  throw new RangeError(`uniqueId: no free id for "${base}" after ${MAX_SUFFIX} tries`);
}
