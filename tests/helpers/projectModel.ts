// The project's own intents/ and knowledge/, loaded once per test file.
import * as path from 'path';
import { FaqModel } from '../../bot/model';
import { loadModel } from '../../bot/modelLoader';

export const ROOT = path.resolve(__dirname, '..', '..');
let cached: FaqModel | undefined;

export function projectModel(): FaqModel {
  cached ??= loadModel({ intentsDir: path.join(ROOT, 'intents'), knowledgeDir: path.join(ROOT, 'knowledge') });
  return cached;
}
