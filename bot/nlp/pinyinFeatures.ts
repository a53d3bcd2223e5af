// Stage 4: sound features. Pinyin-input typos keep the sound and change the character
// (蜜码 for 密码, 验正码 for 验证码, 登陆 for 登录), so pairs of neighbouring syllables match
// where characters do not. Bigrams also survive a bad word segmentation.
import { pinyin } from 'pinyin-pro';
import { isHan } from './normalizer';

export function pinyinBigrams(words: readonly string[]): string[] {
  const han = words.join('').split('').filter(isHan).join('');
  if (han.length === 0) return [];
  const syllables = pinyin(han, { toneType: 'none', type: 'array' });
  if (syllables.length === 1) return [syllables[0]];
  const out: string[] = [];
  for (let i = 0; i + 1 < syllables.length; i++) out.push(`${syllables[i]}_${syllables[i + 1]}`);
  return out;
}
