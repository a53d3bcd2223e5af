// "1", "第二个", "选第3条", "最后一个": which of the choices just offered a typed reply picks. Teams
// and typed replies do not always click a button; people answer a numbered question by number.
import { normalizeText } from './nlp/normalizer';

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ORDINAL = /^(?:选|选择|是|就)?第?([1-9一二两三四五六七八九])(?:个|条|项|种|个问题)?(?:吧|的)?$/u;
const LAST = /^(?:选|选择|是|就)?最后(?:一个|一条|一项|那个)$/u;

/** The 0-based index a reply picks among `count` choices, or undefined when it is no such pick. */
export function chosenIndex(text: string, count: number): number | undefined {
  const t = normalizeText(text).replace(/ /g, '');
  if (count <= 0 || t === '') return undefined;
  if (LAST.test(t)) return count - 1;
  const m = ORDINAL.exec(t);
  if (!m) return undefined;
  const n = NUMERALS[m[1]] ?? Number(m[1]);
  return n >= 1 && n <= count ? n - 1 : undefined;
}
