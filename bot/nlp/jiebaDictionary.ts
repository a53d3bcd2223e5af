// nodejieba's full dictionary (349k words) takes 1.6 s to load, most of the bot's start-up.
// Words beyond the most frequent ones change little for us: domain terms are cut out before
// jieba sees the text, and unknown words still go to jieba's HMM. So jieba loads a dictionary
// of its most frequent words, made once from its own and cached under node_modules/.cache.
// Its keyword-extraction dictionaries (idf, stop words) are unused here and replaced by stubs.
import * as fs from 'fs';
import * as path from 'path';
import * as nodejieba from 'nodejieba';

/** How many of jieba's words to keep (by frequency): loads in about 0.5 s. */
export const DICTIONARY_WORDS = 100_000;

const CACHE = path.resolve(__dirname, '..', '..', 'node_modules', '.cache', 'most-faq-bot');

let loaded = false;

function ensureFile(file: string, make: () => string): string {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename, so a process started at the same moment never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, make());
    fs.renameSync(partial, file);
  }
  return file;
}

function trimmedDictionary(): string {
  // DEFAULT_DICT is exported by nodejieba but missing from its type declarations.
  const full = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
  const lines = fs.readFileSync(full, 'utf8').split('\n').filter(Boolean);
  const entries = lines.map((line) => ({ line, freq: Number(line.split(' ')[1]) || 0 }));
  entries.sort((a, b) => b.freq - a.freq);
  return `${entries.slice(0, DICTIONARY_WORDS).map((e) => e.line).join('\n')}\n`;
}

/** Loads jieba once per process with the trimmed dictionary. */
export function loadJieba(): void {
  if (loaded) return;
  nodejieba.load({
    dict: ensureFile(path.join(CACHE, `jieba.top${DICTIONARY_WORDS}.dict.utf8`), trimmedDictionary),
    idfDict: ensureFile(path.join(CACHE, 'idf.stub.utf8'), () => '的 1.0\n'),
    stopWordDict: ensureFile(path.join(CACHE, 'stop.stub.utf8'), () => '的\n'),
  });
  loaded = true;
}
