// The sound of each character, as toneless pinyin. One reading per character (its most common),
// looked up once and cached: the same on both sides of every comparison, and ten times faster
// than asking pinyin-pro for a whole sentence on every message.
import { pinyin } from 'pinyin-pro';
import { isHan } from './normalizer';

/** Per character: its syllable, or '' when it is not Chinese. */
const cache = new Map<string, string>();

function syllableOf(ch: string): string {
  let s = cache.get(ch);
  if (s === undefined) {
    s = isHan(ch) ? pinyin(ch, { toneType: 'none' }) : '';
    cache.set(ch, s);
  }
  return s;
}

/** One syllable per character of the text; a character that is not Chinese stands for itself. */
export function syllablesOf(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) out.push(syllableOf(ch) || ch);
  return out;
}

/** The syllables of the Chinese characters of these words, in order; other characters have none. */
export function hanSyllables(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    for (const ch of word) {
      const s = syllableOf(ch);
      if (s !== '') out.push(s);
    }
  }
  return out;
}
