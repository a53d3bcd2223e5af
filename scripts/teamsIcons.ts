// Draws the Teams app icons (teams/color.png 192×192, teams/outline.png 32×32 white on
// transparent) with Debian's Chromium. Run once when the look changes: npm run teams:icons
import * as path from 'path';
import { launchChromium } from '../tests/helpers/browser';

const TEAMS = path.resolve(__dirname, '..', 'teams');
const FONT = "'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif";

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 192, height: 192 });
    await page.setContent(`<body style="margin:0"><div style="width:192px;height:192px;background:#1D4F91;display:flex;align-items:center;justify-content:center;color:#fff;font:bold 120px ${FONT}">科</div></body>`);
    await page.screenshot({ path: path.join(TEAMS, 'color.png') });
    await page.setViewportSize({ width: 32, height: 32 });
    await page.setContent(`<body style="margin:0;background:transparent"><div style="width:32px;height:32px;display:flex;align-items:center;justify-content:center;color:#fff;font:bold 26px ${FONT}">科</div></body>`);
    await page.screenshot({ path: path.join(TEAMS, 'outline.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
