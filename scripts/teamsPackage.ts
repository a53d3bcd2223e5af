// npm run teams:package — writes teams/build/most-faq-bot-teams.zip, the app package a Teams admin
// uploads: manifest.json with the bot's ids filled in from configuration, and the two icons.
//   MicrosoftAppId      the bot's Azure registration (also the Teams app id unless TEAMS_APP_ID is set)
//   TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL, TEAMS_TERMS_URL   default https://fuwu.most.gov.cn
import * as fs from 'fs';
import * as path from 'path';
import AdmZip from 'adm-zip';
import * as dotenv from 'dotenv';

export const TEAMS_DIR = path.resolve(__dirname, '..', 'teams');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ICONS = { 'color.png': 192, 'outline.png': 32 } as const;
const PLATFORM_URL = 'https://fuwu.most.gov.cn';

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG file');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The manifest with every {{NAME}} filled from env; fails naming what is missing or malformed. */
export function fillManifest(template: string, env: NodeJS.ProcessEnv): Record<string, unknown> {
  const appId = env.MicrosoftAppId ?? '';
  if (!GUID.test(appId)) throw new Error(`MicrosoftAppId '${appId}' is not the GUID of an Azure bot registration (see README: Teams)`);
  const values: Record<string, string> = {
    MicrosoftAppId: appId,
    TEAMS_APP_ID: env.TEAMS_APP_ID || appId,
    TEAMS_WEBSITE_URL: env.TEAMS_WEBSITE_URL || PLATFORM_URL,
    TEAMS_PRIVACY_URL: env.TEAMS_PRIVACY_URL || PLATFORM_URL,
    TEAMS_TERMS_URL: env.TEAMS_TERMS_URL || PLATFORM_URL,
  };
  if (!GUID.test(values.TEAMS_APP_ID)) throw new Error(`TEAMS_APP_ID '${values.TEAMS_APP_ID}' is not a GUID`);
  for (const key of ['TEAMS_WEBSITE_URL', 'TEAMS_PRIVACY_URL', 'TEAMS_TERMS_URL']) {
    if (!values[key].startsWith('https://')) throw new Error(`${key} '${values[key]}' must be an https:// address (Teams requires it)`);
  }
  const filled = template.replace(/\{\{(\w+)\}\}/g, (m, name: string) => {
    if (!(name in values)) throw new Error(`teams/manifest.json: unknown placeholder ${m}`);
    return values[name];
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** Builds the package; returns where it was written. */
export function buildTeamsPackage(env: NodeJS.ProcessEnv, outFile = path.join(TEAMS_DIR, 'build', 'most-faq-bot-teams.zip')): string {
  const manifest = fillManifest(fs.readFileSync(path.join(TEAMS_DIR, 'manifest.json'), 'utf8'), env);
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
  for (const [name, size] of Object.entries(ICONS)) {
    const png = fs.readFileSync(path.join(TEAMS_DIR, name));
    const { width, height } = pngSize(png);
    if (width !== size || height !== size) throw new Error(`teams/${name} is ${width}×${height}; Teams needs ${size}×${size}`);
    zip.addFile(name, png);
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  zip.writeZip(outFile);
  return outFile;
}

if (require.main === module) {
  dotenv.config({ quiet: true });
  try {
    process.stdout.write(`${buildTeamsPackage(process.env)}\n`);
  } catch (error) {
    process.stderr.write(`teams:package: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
