// The Teams app package: what a Teams admin uploads must carry the configured bot id, the three
// scopes, the Chinese command list and icons of the sizes Teams demands.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import AdmZip from 'adm-zip';
import { buildTeamsPackage, fillManifest, pngSize, TEAMS_DIR } from '../../scripts/teamsPackage';

const APP_ID = '11111111-2222-3333-4444-555555555555';

interface Manifest {
  manifestVersion: string;
  id: string;
  developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  icons: { color: string; outline: string };
  bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string; description: string }[] }[] }[];
}

describe('npm run teams:package', () => {
  test('writes a zip with the manifest (bot id from configuration) and both icons at its root', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'teams-')), 'app.zip');
    buildTeamsPackage({ MicrosoftAppId: APP_ID }, out);
    const zip = new AdmZip(out);
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(zip.readAsText('manifest.json')) as Manifest;
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.bots[0].scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = manifest.bots[0].commandLists[0].commands.map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['目录', '搜索']));
    expect(manifest.developer.privacyUrl).toMatch(/^https:\/\//);
    expect(JSON.stringify(manifest)).not.toContain('{{');
    expect(pngSize(zip.readFile('color.png') as Buffer)).toEqual({ width: 192, height: 192 });
    expect(pngSize(zip.readFile('outline.png') as Buffer)).toEqual({ width: 32, height: 32 });
  });

  test('refuses a missing or malformed bot id, and addresses that are not https', () => {
    const template = fs.readFileSync(path.join(TEAMS_DIR, 'manifest.json'), 'utf8');
    expect(() => fillManifest(template, {})).toThrow(/MicrosoftAppId '' is not the GUID/);
    expect(() => fillManifest(template, { MicrosoftAppId: 'my-bot' })).toThrow(/not the GUID/);
    expect(() => fillManifest(template, { MicrosoftAppId: APP_ID, TEAMS_PRIVACY_URL: 'http://x' })).toThrow(/TEAMS_PRIVACY_URL/);
    expect((fillManifest(template, { MicrosoftAppId: APP_ID, TEAMS_APP_ID: 'aaaaaaaa-2222-3333-4444-555555555555' }) as { id: string }).id)
      .toBe('aaaaaaaa-2222-3333-4444-555555555555');
  });

  test('the outline icon is white on transparent, as Teams requires', () => {
    const png = fs.readFileSync(path.join(TEAMS_DIR, 'outline.png'));
    // Colour type 6: RGBA (a transparent background needs the alpha channel).
    expect(png[25]).toBe(6);
  });
});
