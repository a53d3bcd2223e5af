// The sound of each character, as toneless pinyin. One reading per character (its most common),
// looked up once and cached: the same on both sides of every comparison, and ten times faster
// than asking pinyin-pro for a whole sentence on every message.
import { pinyin } from 'pinyin-pro';
import { isHan } from './normalizer';

const cache = new Map<string, string>();

/** One syllable per character of the text; a character that is not Chinese stands for itself. */
export function syllablesOf(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    let s = cache.get(ch);
    if (s === undefined) {
      s = isHan(ch) ? pinyin(ch, { toneType: 'none' }) : ch;
      cache.set(ch, s);
    }
    out.push(s);
  }
  return out;
}
