// Counts of days as people and answers write them. An answer gives a wait ("1-2个工作日", "约须五个工作日一周"); a
// message says how long has passed ("已经三个工作日了", "等了5天"). Reckoned against each other, a wait past the
// answer's needs no phrase of its own in vocabulary.overdue. Answers count working days; a message that counts days
// may count a weekend among them: "已经三天了" after 1-2个工作日 may be no working day too many.

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMBER = '(\\d{1,3}|[零〇一二两三四五六七八九十]{1,3})';
const DAYS = '\\s*个?\\s*(?:工作日|工作天|天)';
const WORKING = /工作/;
/** Days of a weekend, which a count of days may hold beside the working days an answer counts. */
const WEEKEND = 2;
/** "1-2个工作日": the first number, and the second of a range. */
const WAIT = new RegExp(`${NUMBER}(?:\\s*[-－~～至到]\\s*${NUMBER})?${DAYS}`, 'g');
/** "等了三天", "三个工作日了": days counted as passed (the 了 after them, or 等了 before). */
const WAITED = new RegExp(`等了\\s*${NUMBER}${DAYS}|${NUMBER}${DAYS}了`);

/** Days a message says have passed, and whether it counts working days. */
export interface DaysWaited {
  count: number;
  working: boolean;
}

/** A number written in digits or in Chinese up to 九十九 ("五", "十二", "两"); undefined for others ("两三"). */
export function numberOf(written: string): number | undefined {
  if (/^\d+$/.test(written)) return Number(written);
  const ten = written.indexOf('十');
  if (ten < 0) return written.length === 1 ? DIGITS[written] : undefined;
  if (written.indexOf('十', ten + 1) >= 0) return undefined;
  const tens = ten === 0 ? 1 : ten === 1 ? DIGITS[written[0]] : undefined;
  const units = ten === written.length - 1 ? 0 : written.length - ten === 2 ? DIGITS[written[ten + 1]] : undefined;
  return tens === undefined || units === undefined ? undefined : tens * 10 + units;
}

/** The longest wait, in days, a normalised answer text gives ("1-2个工作日" is 2), if it gives one. */
export function longestWait(text: string): number | undefined {
  let longest: number | undefined;
  for (const m of text.matchAll(WAIT)) {
    const days = numberOf(m[2] ?? m[1]);
    if (days !== undefined) longest = Math.max(longest ?? 0, days);
  }
  return longest;
}

/** The days a normalised message says have passed ("已经三个工作日了", "等了5天"), if it says so. */
export function daysWaited(text: string): DaysWaited | undefined {
  const m = WAITED.exec(text);
  const count = m ? numberOf(m[1] ?? m[2]) : undefined;
  return m && count !== undefined ? { count, working: WORKING.test(m[0]) } : undefined;
}

/** Whether days waited are more than an answer's working days, a weekend allowed where days are counted. */
export function waitedBeyond(waited: DaysWaited, workingDays: number): boolean {
  return waited.count > workingDays + (waited.working ? 0 : WEEKEND);
}
