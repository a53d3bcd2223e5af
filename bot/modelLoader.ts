// Loads and checks every YAML file of intents/ and knowledge/ once, at start-up.
// A problem stops start-up with a message that names the file, the entry and the key.
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import {
  AnswerRule, BrowserAdvice, COMMAND_KINDS, CONTROL_KINDS, FaqModel, IntentDefinition, KnowledgeEntry, MESSAGE_KEYS,
  MessageKey, Messages, RecognizerSettings, SlotChoice, SlotDefinition, SlotValues, Vocabulary,
} from './model';

export class ModelError extends Error {
  constructor(file: string, entry: string | undefined, key: string | undefined, problem: string) {
    const where = [file, entry ? `entry '${entry}'` : '', key ? `key '${key}'` : ''].filter(Boolean).join(': ');
    super(`${where}: ${problem}`);
    this.name = 'ModelError';
  }
}

export interface ModelPaths {
  intentsDir: string;
  knowledgeDir: string;
}

type Raw = Record<string, unknown>;

/** Reads one YAML file strictly: syntax errors and duplicate keys are errors. */
function readYaml(file: string, label: string): Raw {
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ModelError(label, undefined, undefined, `invalid YAML: ${doc.errors[0].message}`);
  }
  const value: unknown = doc.toJS();
  if (!isRecord(value)) throw new ModelError(label, undefined, undefined, 'expected a mapping at the top');
  return value;
}

function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Field readers that say exactly where a value is wrong. */
class Fields {
  constructor(private readonly file: string, private readonly entry: string | undefined, private readonly raw: Raw) {}

  fail(key: string | undefined, problem: string): never {
    throw new ModelError(this.file, this.entry, key, problem);
  }

  onlyKeys(allowed: string[]): void {
    for (const key of Object.keys(this.raw)) {
      if (!allowed.includes(key)) this.fail(key, `unknown key (allowed: ${allowed.join(', ')})`);
    }
  }

  string(key: string): string {
    const v = this.raw[key];
    if (typeof v !== 'string' || v.trim() === '') this.fail(key, 'missing or not a non-empty string');
    return v.trim();
  }

  optionalString(key: string): string | undefined {
    return this.raw[key] === undefined ? undefined : this.string(key);
  }

  stringList(key: string, required: boolean): string[] {
    const v = this.raw[key];
    if (v === undefined && !required) return [];
    if (!Array.isArray(v) || (required && v.length === 0)) this.fail(key, 'missing or not a non-empty list');
    return v.map((item, i) => this.word(item, `${key}[${i}]`));
  }

  /**
   * A list of words in which an item may itself be a list of words: a YAML alias of a list that several
   * entries share (`avoids: [*howToRegister, 证件]`), read as its words in place.
   */
  wordList(key: string): string[] {
    const v = this.raw[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.length === 0) this.fail(key, 'not a non-empty list of words');
    return v.flatMap((item: unknown, i: number) =>
      Array.isArray(item) ? item.map((w: unknown, j: number) => this.word(w, `${key}[${i}][${j}]`)) : [this.word(item, `${key}[${i}]`)],
    );
  }

  /** One word or sentence of a list, trimmed; `where` names it in an error (`avoids[3]`). */
  private word(item: unknown, where: string): string {
    if (typeof item !== 'string' && typeof item !== 'number') this.fail(where, 'not a string');
    const s = String(item).trim();
    if (s === '') this.fail(where, 'empty string');
    return s;
  }

  /** A list of words, or a list of such lists: groups of words (`requires`). */
  stringGroups(key: string): string[][] {
    const v = this.raw[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.length === 0) this.fail(key, 'not a non-empty list of words or of word lists');
    if (!v.some(Array.isArray)) return [this.stringList(key, true)];
    return v.map((group: unknown, i: number) => {
      if (!Array.isArray(group) || group.length === 0) this.fail(`${key}[${i}]`, 'not a non-empty list of words (words and lists mixed?)');
      return group.map((item: unknown, j: number) => this.word(item, `${key}[${i}][${j}]`));
    });
  }

  /** A yes/no key; absent is no. */
  flag(key: string): boolean {
    const v = this.raw[key];
    if (v === undefined) return false;
    if (typeof v !== 'boolean') this.fail(key, 'not true or false');
    return v;
  }

  number(key: string, min: number, max: number): number {
    const v = this.raw[key];
    if (typeof v !== 'number' || !(v >= min && v <= max)) this.fail(key, `missing or not a number in ${min}..${max}`);
    return v;
  }

  slotValues(key: string): SlotValues {
    const v = this.raw[key];
    if (v === undefined) return {};
    if (!isRecord(v)) this.fail(key, 'not a mapping of slot to value');
    const out: SlotValues = {};
    for (const [slot, value] of Object.entries(v)) {
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        this.fail(`${key}.${slot}`, 'not a scalar value');
      }
      out[slot] = String(value);
    }
    return out;
  }

  records(key: string): Raw[] {
    const v = this.raw[key];
    if (!Array.isArray(v) || v.length === 0) this.fail(key, 'missing or not a non-empty list');
    return v.map((item, i) => {
      if (!isRecord(item)) this.fail(`${key}[${i}]`, 'not a mapping');
      return item;
    });
  }
}

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) throw new ModelError(dir, undefined, undefined, 'folder not found');
  return fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f));
}

function label(file: string): string {
  return path.join(path.basename(path.dirname(file)), path.basename(file));
}

function loadKnowledge(dir: string): { knowledge: Map<string, KnowledgeEntry>; messages?: Raw; messagesFile?: string } {
  const knowledge = new Map<string, KnowledgeEntry>();
  let messages: Raw | undefined;
  let messagesFile: string | undefined;
  for (const file of yamlFiles(dir)) {
    const name = label(file);
    const doc = readYaml(file, name);
    if (doc.messages !== undefined) {
      if (!isRecord(doc.messages)) throw new ModelError(name, undefined, 'messages', 'not a mapping');
      messages = doc.messages;
      messagesFile = name;
      continue;
    }
    const top = new Fields(name, undefined, doc);
    top.onlyKeys(['category', 'entries']);
    const fileCategory = top.string('category');
    top.records('entries').forEach((raw, i) => {
      const id = typeof raw.id === 'string' ? raw.id : undefined;
      const f: Fields = new Fields(name, id ?? `#${i + 1}`, raw);
      f.onlyKeys(['id', 'source', 'category', 'title', 'answer', 'steps', 'note', 'browserAdvice', 'related']);
      const entryId = f.string('id');
      if (knowledge.has(entryId)) f.fail('id', `duplicate id (also in ${knowledge.get(entryId)?.file})`);
      knowledge.set(entryId, {
        id: entryId,
        source: f.optionalString('source'),
        category: f.optionalString('category') ?? fileCategory,
        title: f.string('title'),
        answer: f.string('answer'),
        steps: f.stringList('steps', false),
        note: f.optionalString('note'),
        browserAdvice: raw.browserAdvice === undefined ? undefined : browserAdvice(name, entryId, raw.browserAdvice),
        related: f.stringList('related', false),
        file: name,
      });
    });
  }
  for (const entry of knowledge.values()) {
    entry.related.forEach((rel, i) => {
      if (!knowledge.has(rel)) throw new ModelError(entry.file, entry.id, `related[${i}]`, `unknown answer id '${rel}'`);
      if (rel === entry.id) throw new ModelError(entry.file, entry.id, `related[${i}]`, 'an entry cannot relate to itself');
    });
  }
  return { knowledge, messages, messagesFile };
}

function browserAdvice(file: string, id: string, raw: unknown): BrowserAdvice {
  if (!isRecord(raw)) throw new ModelError(file, id, 'browserAdvice', 'not a mapping of text, place and otherwise');
  const f: Fields = new Fields(file, `${id}.browserAdvice`, raw);
  f.onlyKeys(['text', 'place', 'otherwise']);
  const place = raw.place ?? 'after';
  if (place !== 'before' && place !== 'after' && place !== 'answer') f.fail('place', `'${String(place)}' is not before, after or answer`);
  const otherwise = f.optionalString('otherwise');
  if (place === 'answer' && !otherwise) f.fail('otherwise', 'needed when the advice is the whole answer (what to say to those already on it)');
  const text = place === 'answer' ? f.optionalString('text') ?? '' : f.string('text');
  return { text, place, ...(otherwise ? { otherwise } : {}) };
}

function loadMessages(raw: Raw | undefined, file: string | undefined, knowledge: Map<string, KnowledgeEntry>): Messages {
  if (!raw || !file) throw new ModelError('knowledge/', undefined, 'messages', 'no file declares the bot\'s messages');
  const f: Fields = new Fields(file, 'messages', raw);
  f.onlyKeys([...MESSAGE_KEYS, 'popularQuestions', 'hotQuestions', 'ratings', 'browser']);
  const text = {} as Record<MessageKey, string>;
  for (const key of MESSAGE_KEYS) text[key] = f.string(key);
  const popularQuestions = f.stringList('popularQuestions', true);
  popularQuestions.forEach((id, i) => {
    if (!knowledge.has(id)) f.fail(`popularQuestions[${i}]`, `unknown answer id '${id}'`);
  });
  if (!isRecord(raw.hotQuestions)) f.fail('hotQuestions', 'missing or not a mapping of days and count');
  const hot = new Fields(file, 'messages.hotQuestions', raw.hotQuestions);
  hot.onlyKeys(['days', 'count']);
  const hotQuestions = { days: hot.number('days', 1, 3650), count: hot.number('count', 1, 10) };
  const ratings = f.records('ratings').map((r, i) => {
    const rf: Fields = new Fields(file, `messages.ratings[${i}]`, r);
    rf.onlyKeys(['label', 'value']);
    return { label: rf.string('label'), value: rf.number('value', 1, 5) };
  });
  if (!isRecord(raw.browser)) f.fail('browser', 'missing or not a mapping of recommended, currentFrom and names');
  const bf: Fields = new Fields(file, 'messages.browser', raw.browser);
  bf.onlyKeys(['recommended', 'currentFrom', 'names']);
  if (!isRecord(raw.browser.names)) bf.fail('names', 'not a mapping of browser names');
  const names: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw.browser.names)) {
    if (typeof value !== 'string') bf.fail(`names.${key}`, 'not a string');
    names[key] = value;
  }
  const browser = { recommended: bf.string('recommended'), currentFrom: bf.number('currentFrom', 1, 10_000), names };
  if (!names[browser.recommended]) bf.fail('recommended', `'${browser.recommended}' has no entry in names`);
  return { text, popularQuestions, hotQuestions, ratings, browser };
}

function loadSlots(file: string, doc: Raw): Map<string, SlotDefinition> {
  const slots = new Map<string, SlotDefinition>();
  if (!isRecord(doc.slots)) throw new ModelError(file, undefined, 'slots', 'not a mapping');
  for (const [name, raw] of Object.entries(doc.slots)) {
    if (!isRecord(raw)) throw new ModelError(file, name, undefined, 'not a mapping');
    const f: Fields = new Fields(file, name, raw);
    f.onlyKeys(['question', 'choices', 'aboutUser', 'shownAfter', 'accountEndings', 'subjects', 'impliedBy']);
    if (raw.aboutUser !== undefined && typeof raw.aboutUser !== 'boolean') f.fail('aboutUser', 'not true or false');
    const question = f.string('question');
    const choices: SlotChoice[] = f.records('choices').map((c, i) => {
      const cf: Fields = new Fields(file, `${name}.choices[${i}]`, c);
      cf.onlyKeys(['value', 'title', 'words', 'replies']);
      if (typeof c.value !== 'string' && typeof c.value !== 'number') cf.fail('value', 'missing or not a string');
      return {
        value: String(c.value),
        title: cf.string('title'),
        words: cf.stringList('words', true),
        replies: cf.stringList('replies', false),
      };
    });
    const values = new Set<string>();
    for (const c of choices) {
      if (values.has(c.value)) f.fail('choices', `duplicate value '${c.value}'`);
      values.add(c.value);
    }
    const impliedBy = raw.impliedBy === undefined ? undefined : f.string('impliedBy');
    slots.set(name, { name, question, choices, aboutUser: raw.aboutUser === true, shownAfter: f.stringList('shownAfter', false),
      accountEndings: f.stringList('accountEndings', false), subjects: f.stringList('subjects', false), impliedBy });
  }
  for (const slot of slots.values()) {
    if (slot.impliedBy === undefined) continue;
    const from = slots.get(slot.impliedBy);
    if (!from) throw new ModelError(file, slot.name, 'impliedBy', `no slot '${slot.impliedBy}'`);
    const own = new Set(slot.choices.map((c) => c.value));
    const missing = from.choices.find((c) => !own.has(c.value));
    if (missing) throw new ModelError(file, slot.name, 'impliedBy', `'${slot.impliedBy}' has the value '${missing.value}', which this slot has not`);
  }
  return slots;
}

function checkSlotValues(f: Fields, key: string, values: SlotValues, slots: Map<string, SlotDefinition>): void {
  for (const [slot, value] of Object.entries(values)) {
    const def = slots.get(slot);
    if (!def) f.fail(`${key}.${slot}`, `unknown slot '${slot}' (declared in intents/slots.yaml: ${[...slots.keys()].join(', ')})`);
    if (!def.choices.some((c) => c.value === value)) f.fail(`${key}.${slot}`, `'${value}' is not a choice of slot '${slot}'`);
  }
}

/** Flags of the one intent whose answer a message gets that only says the problem persists ("还是不行") or is solved ("可以登录了"). */
const TAKES = ['takesUnsolved', 'takesSolved'] as const;

function loadIntent(file: string, raw: Raw, index: number, slots: Map<string, SlotDefinition>, knowledge: Map<string, KnowledgeEntry>): IntentDefinition {
  const id = typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
  const f: Fields = new Fields(file, id, raw);
  f.onlyKeys(['id', 'title', 'answer', 'answers', 'ask', 'implies', 'requires', 'topic', 'avoids', 'notWhen', 'takesUnsolved', 'takesSolved', 'examples']);
  const intentId = f.string('id');
  const ask = f.stringList('ask', false);
  ask.forEach((slot, i) => {
    if (!slots.has(slot)) f.fail(`ask[${i}]`, `unknown slot '${slot}' (no question declared for it in intents/slots.yaml)`);
  });
  let answers: AnswerRule[];
  if (raw.answer !== undefined && raw.answers !== undefined) f.fail('answers', "give either 'answer' or 'answers', not both");
  if (raw.answer !== undefined) {
    answers = [{ when: {}, answer: f.string('answer') }];
    if (ask.length > 0) f.fail('ask', "an intent with a single 'answer' has nothing to clarify");
  } else {
    answers = f.records('answers').map((r, i) => {
      const rf: Fields = new Fields(file, `${intentId}.answers[${i}]`, r);
      rf.onlyKeys(['when', 'answer']);
      const when = rf.slotValues('when');
      checkSlotValues(rf, 'when', when, slots);
      for (const slot of Object.keys(when)) {
        if (!ask.includes(slot)) rf.fail(`when.${slot}`, `slot '${slot}' is not in the intent's 'ask' list`);
      }
      return { when, answer: rf.string('answer') };
    });
    if (ask.length === 0) f.fail('ask', "an intent with several 'answers' must list the slots to ask");
  }
  answers.forEach((rule, i) => {
    if (!knowledge.has(rule.answer)) f.fail(raw.answer !== undefined ? 'answer' : `answers[${i}].answer`, `unknown answer id '${rule.answer}'`);
  });
  const implies = f.slotValues('implies');
  checkSlotValues(f, 'implies', implies, slots);
  const notWhen = f.slotValues('notWhen');
  checkSlotValues(f, 'notWhen', notWhen, slots);
  const single = new Set(answers.map((a) => a.answer)).size === 1;
  const title = f.optionalString('title') ?? (single ? knowledge.get(answers[0].answer)?.title : undefined);
  if (!title) f.fail('title', 'an intent with several answers needs a title to offer it by');
  const [takesUnsolved, takesSolved] = TAKES.map((key) => {
    const takes = f.flag(key);
    if (takes && ask.length > 0) f.fail(key, 'a message that only says how the problem stands cannot be asked about: give the intent a single answer');
    return takes;
  });
  return {
    id: intentId, title, ask, answers, implies, requires: f.stringGroups('requires'), topic: f.stringList('topic', false), avoids: f.wordList('avoids'), notWhen,
    takesUnsolved, takesSolved, examples: f.stringList('examples', true), file,
  };
}

function loadVocabulary(file: string, doc: Raw): Vocabulary {
  const f: Fields = new Fields(file, 'vocabulary', doc);
  f.onlyKeys(['terms', 'synonyms', 'stopwords', 'negations', 'denials', 'solved', 'unsolved', 'details', 'waits', 'overdue', 'inUse', 'vague', 'others', 'personRequests', 'corrections', 'generalQuestions', 'comparisons', 'injections', 'contrasts', 'reports', 'symptoms', 'systems', 'background', 'elsewhere', 'platform', 'circumstances', 'userStatements', 'implied', 'browsers', 'courtesies', 'clauseOpeners', 'affirmations']);
  const synonymsRaw = doc.synonyms;
  if (!Array.isArray(synonymsRaw)) f.fail('synonyms', 'missing or not a list of word lists');
  const synonyms = synonymsRaw.map((group: unknown, i: number) => {
    if (!Array.isArray(group) || group.length < 2) f.fail(`synonyms[${i}]`, 'a group needs a canonical word and at least one other');
    return group.map((w: unknown, j: number) => {
      if (typeof w !== 'string' || w.trim() === '') f.fail(`synonyms[${i}][${j}]`, 'not a non-empty string');
      return w.trim();
    });
  });
  return {
    terms: f.stringList('terms', true),
    synonyms,
    stopwords: f.stringList('stopwords', false),
    negations: f.stringList('negations', false),
    solved: f.stringList('solved', false),
    unsolved: f.stringList('unsolved', false),
    denials: f.stringList('denials', false),
    details: f.stringGroups('details'),
    waits: f.stringList('waits', false),
    overdue: f.stringList('overdue', false),
    inUse: f.stringList('inUse', false),
    vague: f.stringList('vague', false),
    others: f.stringList('others', false),
    personRequests: f.stringList('personRequests', false),
    corrections: f.stringList('corrections', false),
    generalQuestions: f.stringList('generalQuestions', false),
    comparisons: f.stringList('comparisons', false),
    injections: f.stringList('injections', false),
    contrasts: f.stringList('contrasts', false),
    reports: f.stringList('reports', false),
    symptoms: f.stringList('symptoms', false),
    systems: f.stringGroups('systems'),
    background: f.stringList('background', false),
    elsewhere: f.stringList('elsewhere', false),
    platform: f.stringList('platform', false),
    circumstances: f.stringList('circumstances', false),
    userStatements: f.stringList('userStatements', false),
    implied: impliedWords(file, doc.implied),
    browsers: f.stringList('browsers', false),
    courtesies: f.stringList('courtesies', false),
    clauseOpeners: f.stringList('clauseOpeners', false),
    affirmations: f.stringList('affirmations', false),
  };
}

/** vocabulary.implied: a mapping of a word to the phrases that imply it. */
function impliedWords(file: string, raw: unknown): Record<string, string[]> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) throw new ModelError(file, 'vocabulary', 'implied', 'not a mapping of a word to its phrases');
  const f: Fields = new Fields(file, 'vocabulary.implied', raw);
  return Object.fromEntries(Object.keys(raw).map((word) => {
    const phrases = f.stringList(word, true);
    phrases.forEach((p, i) => { if (!p.includes('…')) f.fail(`${word}[${i}]`, 'a phrase is parts joined by "…" (a word alone is a synonym)'); });
    return [word, phrases];
  }));
}

/** A mapping of known kinds to word lists (controls:, commands:), every kind required. */
function loadWordLists<K extends string>(file: string, key: string, kinds: readonly K[], raw: unknown): Record<K, string[]> {
  if (!isRecord(raw)) throw new ModelError(file, undefined, key, 'not a mapping');
  const f: Fields = new Fields(file, key, raw);
  f.onlyKeys([...kinds]);
  const out = {} as Record<K, string[]>;
  for (const kind of kinds) out[kind] = f.stringList(kind, true);
  return out;
}

function loadRecognizerSettings(file: string, raw: unknown): RecognizerSettings {
  if (!isRecord(raw)) throw new ModelError(file, undefined, 'recognizer', 'not a mapping');
  const f: Fields = new Fields(file, 'recognizer', raw);
  const s: RecognizerSettings = {
    answerThreshold: f.number('answerThreshold', 0, 1),
    suggestThreshold: f.number('suggestThreshold', 0, 1),
    leadThreshold: f.number('leadThreshold', 0, 1),
    leadMargin: f.number('leadMargin', 0, 1),
    longMessageChars: f.number('longMessageChars', 1, 100000),
    longLeadThreshold: f.number('longLeadThreshold', 0, 1),
    avoidedLeadMaxNone: f.number('avoidedLeadMaxNone', 0, 1),
    rerouteThreshold: f.number('rerouteThreshold', 0, 1),
    ambiguityMargin: f.number('ambiguityMargin', 0, 1),
    maxCandidates: f.number('maxCandidates', 1, 10),
    wordWeight: f.number('wordWeight', 0, 1),
    queryCoverageWeight: f.number('queryCoverageWeight', 0, 1),
    classifierWeight: f.number('classifierWeight', 0, 1),
    lowConfidenceBelow: f.number('lowConfidenceBelow', 0, 1),
    clauseWeight: f.number('clauseWeight', 0, 1),
    requireMissFactor: f.number('requireMissFactor', 0, 1),
    maxMessageChars: f.number('maxMessageChars', 10, 100000),
    topicWordIntents: f.number('topicWordIntents', 2, 1000),
    topicMargin: f.number('topicMargin', 0, 1),
    followUpMaxChars: f.number('followUpMaxChars', 0, 1000),
  };
  if (raw.calibration !== undefined) {
    if (!isRecord(raw.calibration)) f.fail('calibration', 'not a mapping of slope and intercept');
    const c: Fields = new Fields(file, 'recognizer.calibration', raw.calibration);
    c.onlyKeys(['slope', 'intercept']);
    s.calibration = { slope: c.number('slope', 0, 1000), intercept: c.number('intercept', -1000, 1000) };
  }
  f.onlyKeys([...Object.keys(s), 'calibration']);
  if (s.suggestThreshold > s.answerThreshold) f.fail('suggestThreshold', 'must not be above answerThreshold');
  if (s.leadThreshold > s.answerThreshold) f.fail('leadThreshold', 'must not be above answerThreshold');
  if (s.longLeadThreshold > s.leadThreshold) f.fail('longLeadThreshold', 'must not be above leadThreshold');
  if (s.leadMargin < s.ambiguityMargin) f.fail('leadMargin', 'must not be below ambiguityMargin');
  if (s.rerouteThreshold < s.answerThreshold) f.fail('rerouteThreshold', 'must not be below answerThreshold');
  return s;
}

/** Loads intents/ and knowledge/, checks every reference, and returns the model. */
export function loadModel(paths: ModelPaths): FaqModel {
  const { knowledge, messages: rawMessages, messagesFile } = loadKnowledge(paths.knowledgeDir);
  const messages = loadMessages(rawMessages, messagesFile, knowledge);

  const docs = yamlFiles(paths.intentsDir).map((file) => ({ name: label(file), doc: readYaml(file, label(file)) }));
  const pick = (key: string): { name: string; doc: Raw } => {
    const found = docs.filter((d) => d.doc[key] !== undefined);
    if (found.length !== 1) {
      throw new ModelError('intents/', undefined, key, found.length === 0 ? 'no file declares it' : `declared in ${found.map((d) => d.name).join(' and ')}`);
    }
    return found[0];
  };
  const slotsDoc = pick('slots');
  const slots = loadSlots(slotsDoc.name, slotsDoc.doc);
  const vocabDoc = pick('synonyms');
  const vocabulary = loadVocabulary(vocabDoc.name, vocabDoc.doc);
  const controlsDoc = pick('controls');
  const controls = loadWordLists(controlsDoc.name, 'controls', CONTROL_KINDS, controlsDoc.doc.controls);
  const commands = loadWordLists(controlsDoc.name, 'commands', COMMAND_KINDS, controlsDoc.doc.commands);
  const settingsDoc = pick('recognizer');
  const recognizer = loadRecognizerSettings(settingsDoc.name, settingsDoc.doc.recognizer);

  const oosDocs = docs.filter((d) => d.doc.outOfScope !== undefined);
  const outOfScope = oosDocs.flatMap(({ name, doc }) => new Fields(name, undefined, doc).stringList('outOfScope', true));

  const intents: IntentDefinition[] = [];
  const seen = new Map<string, string>();
  for (const { name, doc } of docs) {
    if (doc.intents === undefined) continue;
    new Fields(name, undefined, doc).records('intents').forEach((raw, i) => {
      const intent = loadIntent(name, raw, i, slots, knowledge);
      if (seen.has(intent.id)) throw new ModelError(name, intent.id, 'id', `duplicate intent id (also in ${seen.get(intent.id)})`);
      seen.set(intent.id, name);
      intents.push(intent);
    });
  }
  if (intents.length === 0) throw new ModelError('intents/', undefined, 'intents', 'no intents declared');
  for (const key of TAKES) {
    const takers = intents.filter((i) => i[key]);
    if (takers.length > 1) throw new ModelError(takers[1].file, takers[1].id, key, `also set on ${takers[0].id}: one intent takes such a message`);
  }

  // Every answer must be reachable, or users could never get it.
  const reachable = new Set(intents.flatMap((i) => i.answers.map((a) => a.answer)));
  for (const entry of knowledge.values()) {
    if (!reachable.has(entry.id)) throw new ModelError(entry.file, entry.id, 'id', 'no intent leads to this answer');
  }
  return { knowledge, intents, outOfScope, slots, vocabulary, controls, commands, messages, recognizer };
}
