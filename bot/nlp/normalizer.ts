// Stage 1: make two ways of typing the same thing into one string.
// Full-width → half-width (NFKC), upper → lower case, traditional → simplified Chinese,
// punctuation and symbols → one space. Digits, Latin letters and Chinese characters stay.
import * as OpenCC from 'opencc-js';
import { rememberRecent } from './recentResults';

// Character by character ('tw', not 'twp'): the Taiwanese phrase table rewrites words across a word
// boundary ("選單位" → 菜单位, 選單 being a menu there) and mainland words it takes for Taiwanese ones
// (文件 → 文档, 停用 → 禁用). Taiwanese words (帳號, 登入, 搜尋, 資訊) are synonyms in vocabulary.yaml.
// Hong Kong forms are covered by the character table it shares with 'hk'.
const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Per character: whether the converter changes it alone (looked up once a character). */
const traditional = new Map<string, boolean>();

/**
 * Traditional → simplified. Most messages are simplified already: a text none of whose characters
 * the converter would change alone is returned as it is (the converter's phrase tables cost ~40 µs a
 * long message); one that has such a character is converted whole, phrases and all.
 */
function toSimplified(text: string): string {
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x2e80) continue; // below the CJK blocks: nothing to convert
    let changes = traditional.get(ch);
    if (changes === undefined) {
      changes = convert(ch) !== ch;
      traditional.set(ch, changes);
    }
    if (changes) return convert(text);
  }
  return text;
}

// A character class, not a sequence: everything that is not a letter or a number in any script.
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
// Control characters and lone surrogates would otherwise reach the segmenter.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

// Pasted or injected markup says nothing about the question: a script or style block goes whole, a tag
// goes but its text stays ("<b>hi</b>" is "hi"). Only what looks like a tag: "登录名<无>" is no markup.
const MARKUP_BLOCK = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/giu;
const MARKUP_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/giu;

/** Without a "<" there is no markup to strip (most messages): the two scans are skipped. */
function withoutMarkup(text: string): string {
  return text.includes('<') ? text.replace(MARKUP_BLOCK, ' ').replace(MARKUP_TAG, ' ') : text;
}

// A pasted address says which site, not what its path spells: "fuwu.most.gov.cn/login?redirect=%2Fhome" has no
// 登录 (login) of the user's in it. Its host stays (this platform's names keep a message in scope).
const URL_PATH = /((?:https?:\/\/|www\.)[^\s/?#\\]+)[/?#\\][^\s\u3000、。，；！？“”（）,;!()<>"']*/giu;

/** Without "//" or "www." there is no address to cut (most messages): the scan is skipped. */
function withoutUrlPaths(text: string): string {
  // Cut with a full stop, not a space: the address ends a clause, and a space after it would be typography.
  return text.includes('//') || /www\./iu.test(text) ? text.replace(URL_PATH, '$1。') : text;
}

// A space typed between Chinese and a Latin word or a number ("人遗 project 的材料", "captcha 一直错") is typography,
// not a pause: gone, the word rewritten into Chinese (项目) stays in its clause. Spaces between Chinese, or that
// punctuation becomes, still part clauses.
const HAN_THEN_LATIN = /(\p{Script=Han})\s+(?=[\p{Script=Latin}\p{N}])/gu;
const LATIN_THEN_HAN = /([\p{Script=Latin}\p{N}])\s+(?=\p{Script=Han})/gu;

/** Without a space, or without a Latin letter or digit, there is nothing to join (most messages): the scans are skipped. */
function withoutTypographicSpaces(text: string): string {
  return /\s/u.test(text) && /[a-z0-9]/u.test(text) ? text.replace(HAN_THEN_LATIN, '$1').replace(LATIN_THEN_HAN, '$1') : text;
}

export const normalizeText = rememberRecent((text: string): string =>
  withoutTypographicSpaces(toSimplified(withoutUrlPaths(withoutMarkup(text).normalize('NFKC')).replace(UNSAFE, ' ').toLowerCase()))
    .replace(NOT_WORD, ' ')
    .trim()
    .replace(/\s+/g, ' '));

const HAN = /\p{Script=Han}/u;

/** True for a Chinese (CJK unified) character. The common block is answered without the regular expression. */
export function isHan(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return code >= 0x2e80 && HAN.test(ch); // below the CJK radicals there is no Chinese
}

/** A literal string as a regular expression (for the alternations of domain words). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LATIN_OR_DIGIT = '[\\p{Script=Latin}\\p{N}]';
const STARTS_LATIN = /^[\p{Script=Latin}\p{N}]/u;
const ENDS_LATIN = /[\p{Script=Latin}\p{N}]$/u;

/**
 * An alternation of normalised words, longest first, for a regular expression with the u flag. A
 * word that starts or ends with a Latin letter or digit matches only as a whole word there, so
 * "ai" is found in "你是ai吗" but not inside "yF8aiGDsw" (pasted garbage, a token, a URL).
 */
export function wordAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) =>
    `${STARTS_LATIN.test(w) ? `(?<!${LATIN_OR_DIGIT})` : ''}${escapeRegExp(w)}${ENDS_LATIN.test(w) ? `(?!${LATIN_OR_DIGIT})` : ''}`).join('|');
}

/**
 * What is read of a message longer than `max` characters: its beginning (a third) and its end (the
 * rest), as two sentences. A long story states its problem last ("……现在登录后服务事项一片空白，怎么办"),
 * a pasted error first; the middle is mostly background. Never cuts a character in two (emoji).
 */
export function readablePart(text: string, max: number): string {
  if (text.length <= max) return text;
  const headEnd = whole(text, Math.floor(max / 3));
  const tailStart = whole(text, text.length - (max - headEnd - 1));
  return `${text.slice(0, headEnd)}。${text.slice(tailStart)}`;
}

/** The cut at `at`, moved to a character's start: never between a surrogate pair's halves. */
function whole(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at;
}
