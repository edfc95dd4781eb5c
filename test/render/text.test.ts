// The fast path of width(): every character it counts as one column must be one column by the
// full Unicode width rules (string-width) too, so a report never lines up differently for
// taking it.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { NARROW, truncate, width } from '../../src/render/text.js';

function narrowCodePoints(): number[] {
  const out: number[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates are not characters
    if (NARROW.test(String.fromCharCode(c))) out.push(c);
  }
  return out;
}

describe('width', () => {
  it('counts every character of the fast path as string-width does', () => {
    const codes = narrowCodePoints();
    expect(codes.length).toBeGreaterThan(1500);
    const differ = codes.filter((c) => stringWidth(String.fromCharCode(c)) !== 1).map((c) => c.toString(16));
    expect(differ).toEqual([]);
  });

  it.each([
    ['plain ASCII', 'Ship the beta', 13],
    ['the report marks', '✓ done · ● now ○ next — ✗ missed', 32],
    ['Greek and Cyrillic', 'αβγ привет', 10],
    ['CJK is two columns', '日本語', 6],
    ['emoji is two columns', 'launch 🚀', 9],
    ['© is an emoji to string-width', '©', 2],
    ['a combining accent takes no column', 'e\u0301', 1],
  ])('%s', (_name, text, columns) => {
    expect(width(text)).toBe(columns);
  });

  it('truncates wide text on character boundaries', () => {
    expect(truncate('日本語テキスト', 7)).toBe('日本語…');
    expect(width(truncate('日本語テキスト', 7))).toBeLessThanOrEqual(7);
  });
});
