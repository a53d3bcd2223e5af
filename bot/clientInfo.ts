// What the client tells about the user without asking: the browser, from the user agent the web
// page sends in channelData.clientInfo (web/embed.js). The FAQ's advice "请更换谷歌浏览器最新版"
// then goes only to those not on it.
import { Activity } from 'botbuilder';
import { BrowserPolicy } from './model';

export interface Browser {
  /** Parser name: Chrome, Edge, Firefox, Safari, IE, Opera, 360, QQ, Sogou, UC. */
  name: string;
  major: number;
}

export interface ClientInfo {
  browser?: Browser;
  /** The user said they followed the answer's browser advice and the problem persists ("换了谷歌也不行"). */
  followedAdvice?: boolean;
}

// Order matters: browsers built on Chromium also say "Chrome/", so their own marks come first.
const BROWSER_MARKS: [string, RegExp][] = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\bOPR\/(\d+)/],
  ['QQ', /\bQQBrowser\/(\d+)/],
  ['Sogou', /\bSE (\d+)\.X MetaSr|\bSogouMobileBrowser\/(\d+)/],
  ['360', /\b(?:QIHU 360(?:SE|EE)|360SE|360EE)(?:\/(\d+))?/],
  ['UC', /\bUCBrowser\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['IE', /\bMSIE (\d+)|\bTrident\/.*rv:(\d+)/],
  ['Chrome', /\b(?:HeadlessChrome|Chrome|CriOS)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[^ ]* (?:Mobile\/\S+ )?Safari\//],
];

/** The browser a user agent names, or undefined when it names none we know. */
export function browserOf(userAgent: string): Browser | undefined {
  for (const [name, mark] of BROWSER_MARKS) {
    const match = mark.exec(userAgent);
    if (match) return { name, major: Number(match.slice(1).find((g) => g !== undefined) ?? 0) };
  }
  return undefined;
}

/** What the activity says about the client; a missing or odd channelData gives nothing. */
export function clientInfoOf(activity: Partial<Activity>): ClientInfo {
  const info = (activity.channelData as { clientInfo?: { userAgent?: unknown } } | undefined)?.clientInfo;
  const userAgent = typeof info?.userAgent === 'string' ? info.userAgent.slice(0, 512) : undefined;
  const browser = userAgent ? browserOf(userAgent) : undefined;
  return browser ? { browser } : {};
}

/** On the browser the FAQ recommends, recent enough to count as its latest version. */
export function onRecommendedBrowser(browser: Browser, policy: BrowserPolicy): boolean {
  return browser.name === policy.recommended && browser.major >= policy.currentFrom;
}

/** "谷歌浏览器 120", as users call it. */
export function browserLabel(browser: Browser, policy: BrowserPolicy): string {
  const name = policy.names[browser.name] ?? browser.name;
  return browser.major > 0 ? `${name} ${browser.major}` : name;
}
