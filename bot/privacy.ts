// Personal data never reaches a log in clear text: ID-card numbers, mobile numbers, unified
// social credit codes, e-mail addresses and whatever follows the word 密码 (password).

const RULES: [RegExp, (match: string, ...groups: string[]) => string][] = [
  // Whatever is typed after 密码 / password (with an optional 是/为/: between): the printable
  // ASCII run that passwords are made of, up to a space or Chinese text.
  [/(密码|密碼|password|pwd)(\s*(?:是|为|為|:|：|=)?\s*)([\x21-\x7e]+)/giu, (_m, word: string, sep: string) => `${word}${sep}***`],
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, (m) => `${m[0]}***@${m.split('@')[1]}`],
  // Resident ID card: 17 digits and a digit or X.
  [/(?<!\d)\d{17}[\dXx](?![0-9A-Za-z])/g, (m) => `${m.slice(0, 3)}***********${m.slice(-4)}`],
  // Unified social credit code: 18 characters of its alphabet, digits and letters mixed.
  [/(?<![0-9A-Za-z])[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}(?![0-9A-Za-z])/g, (m) => `${m.slice(0, 2)}**************${m.slice(-2)}`],
  // Mainland mobile numbers, with or without +86.
  [/(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g, (m) => `${m.slice(0, -8)}****${m.slice(-4)}`],
  // Landlines such as 010-88225151 are the platform's own published numbers; left as they are.
];

export function maskPersonalData(text: string): string {
  let out = text;
  for (const [pattern, replace] of RULES) out = out.replace(pattern, replace as (substring: string, ...args: string[]) => string);
  return out;
}
