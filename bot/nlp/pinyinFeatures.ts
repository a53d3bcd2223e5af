// Stage 4: sound features. Pinyin-input typos keep the sound and change the character
// (蜜码 for 密码, 验正码 for 验证码, 登陆 for 登录), so pairs of neighbouring syllables match
// where characters do not. These bigrams are the pipeline's character n-grams, by sound: they
// also survive a bad word segmentation.
import { hanSyllables } from './sounds';

export function pinyinBigrams(words: readonly string[]): string[] {
  return bigramsOf(hanSyllables(words));
}

/**
 * The bigrams of a run of syllables (one syllable alone is its own feature). A message's are its
 * clauses' syllables run together: the pipeline looks each character up once.
 */
export function bigramsOf(syllables: readonly string[]): string[] {
  if (syllables.length === 0) return [];
  if (syllables.length === 1) return [syllables[0]];
  const out: string[] = [];
  for (let i = 0; i + 1 < syllables.length; i++) out.push(`${syllables[i]}_${syllables[i + 1]}`);
  return out;
}
