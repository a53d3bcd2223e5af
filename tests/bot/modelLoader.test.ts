import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { loadModel, ModelError } from '../../bot/modelLoader';
import { answersOf } from '../../bot/answerPlanner';
import { projectModel, ROOT } from '../helpers/projectModel';

/** A copy of intents/ and knowledge/ in a temporary folder, edited by the test. */
function brokenCopy(edit: (dir: string) => void): { intentsDir: string; knowledgeDir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-model-'));
  for (const sub of ['intents', 'knowledge']) fs.cpSync(path.join(ROOT, sub), path.join(dir, sub), { recursive: true });
  edit(dir);
  return { intentsDir: path.join(dir, 'intents'), knowledgeDir: path.join(dir, 'knowledge') };
}

function replaceIn(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`test setup: '${from}' not in ${file}`);
  fs.writeFileSync(file, text.replace(from, to));
}

function loadError(paths: { intentsDir: string; knowledgeDir: string }): string {
  try {
    loadModel(paths);
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    return (e as Error).message;
  }
  throw new Error('expected the model not to load');
}

describe('loadModel on the project', () => {
  const model = projectModel();

  test('has one knowledge entry for every id of the answer catalogue', () => {
    const catalogue = parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/answer-catalogue.yaml'), 'utf8')) as { id: string }[];
    const missing = catalogue.map((c) => c.id).filter((id) => !model.knowledge.has(id));
    expect(missing).toEqual([]);
    expect(catalogue.length).toBeGreaterThanOrEqual(54);
  });

  const shared = path.join(ROOT, '..', 'shared', 'spec', 'answer-catalogue.yaml');
  (fs.existsSync(shared) ? test : test.skip)('keeps its catalogue copy in step with ../shared', () => {
    expect(fs.readFileSync(path.join(ROOT, 'tests/fixtures/answer-catalogue.yaml'), 'utf8')).toBe(fs.readFileSync(shared, 'utf8'));
  });

  test('every knowledge entry is reachable from some intent', () => {
    const reachable = new Set(model.intents.flatMap(answersOf));
    expect([...model.knowledge.keys()].filter((id) => !reachable.has(id))).toEqual([]);
  });

  test('FAQ entries name their source; every entry has a title and an answer', () => {
    for (const entry of model.knowledge.values()) {
      expect(entry.title.length).toBeGreaterThan(1);
      expect(entry.answer.length).toBeGreaterThan(1);
      if (!entry.id.startsWith('chitchat.') && !entry.id.startsWith('handoff.')) expect(entry.source).toMatch(/^[一二三四五六]/);
    }
  });

  test('phone numbers, e-mails and addresses in answers all come from the FAQ', () => {
    const faq = fs.readFileSync(path.join(ROOT, 'tests/fixtures/most-platform-faq.txt'), 'utf8');
    for (const entry of model.knowledge.values()) {
      const text = [entry.answer, ...entry.steps, entry.note ?? ''].join('\n');
      const facts = text.match(/[\w.]+@[\w.]+\w|\d{3}-\d{7,8}|\b1\d{10}\b|\b\d{6}\b|https?:\/\/[\w./]+/g) ?? [];
      for (const fact of facts) expect({ entry: entry.id, fact, inFaq: faq.includes(fact) }).toEqual({ entry: entry.id, fact, inFaq: true });
    }
  });
});

describe('loadModel rejects broken YAML, naming file, entry and key', () => {
  test('requires: a list of words is one group; a list of lists, one group each; topic: a list of words', () => {
    const byId = new Map(projectModel().intents.map((i) => [i.id, i]));
    expect(byId.get('login.captcha-error')?.requires).toEqual([['验证码', '图片']]);
    expect(byId.get('abroad.which-account')?.topic).toEqual(['因公出国培训']);
    expect(byId.get('hgr.grant')?.requires).toHaveLength(2);
  });

  test('avoids: a shared list (a YAML alias) inside it reads as its words, in every entry that names it', () => {
    const byId = new Map(projectModel().intents.map((i) => [i.id, i]));
    for (const id of ['register.id-taken', 'register.company-name-taken', 'register.credit-code-taken']) {
      const avoids = byId.get(id)?.avoids ?? [];
      expect(avoids).toEqual(expect.arrayContaining(['怎么注册', '修改密码']));
      expect(avoids.every((w) => typeof w === 'string')).toBe(true);
    }
    expect(byId.get('register.company-name-taken')?.avoids).toContain('证件');
  });

  test('avoids: a shared list with something that is no word is named where it is', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/portal.yaml'), '&notTaken [怎么注册,', '&notTaken [[怎么注册],')));
    expect(msg).toMatch(/intents\/portal\.yaml: entry 'register\.id-taken': key 'avoids\[0\]\[0\]': not a string/);
  });

  test('a duplicate knowledge id', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'knowledge/platform.yaml'), 'id: login.captcha-error', 'id: login.wrong-password')));
    expect(msg).toMatch(/knowledge\/platform\.yaml: entry 'login\.wrong-password': key 'id': duplicate id/);
  });

  test('an intent leading to an unknown answer id', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/login.yaml'), 'id: login.captcha-error\n    answer: login.captcha-error', 'id: login.captcha-error\n    answer: login.captcha-eror')));
    expect(msg).toMatch(/intents\/login\.yaml: entry 'login\.captcha-error': key 'answer': unknown answer id 'login\.captcha-eror'/);
  });

  test('a slot asked without a question declared for it', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/portal.yaml'), 'ask: [userType]', 'ask: [browser]')));
    expect(msg).toMatch(/intents\/portal\.yaml: entry 'portal\.change-password': key 'ask\[0\]': unknown slot 'browser'/);
  });

  test('a notWhen value that is no choice of its slot', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/login.yaml'), 'notWhen: { nameRemembered: "yes" }', 'notWhen: { nameRemembered: maybe }')));
    expect(msg).toMatch(/intents\/login\.yaml: entry 'login\.forgot-all': key 'notWhen\.nameRemembered': 'maybe' is not a choice of slot 'nameRemembered'/);
  });

  test('a slot without its question', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/slots.yaml'), '    question: 您还记得登录名吗？\n', '')));
    expect(msg).toMatch(/intents\/slots\.yaml: entry 'nameRemembered': key 'question': missing/);
  });

  test('a slot implied by another that has a value it lacks', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/slots.yaml'), 'impliedBy: userType', 'impliedBy: nameRemembered')));
    expect(msg).toMatch(/intents\/slots\.yaml: entry 'role': key 'impliedBy': 'nameRemembered' has the value 'yes', which this slot has not/);
  });

  test('a slot implied by one that does not exist', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/slots.yaml'), 'impliedBy: userType', 'impliedBy: usertype')));
    expect(msg).toMatch(/intents\/slots\.yaml: entry 'role': key 'impliedBy': no slot 'usertype'/);
  });

  test('an answer no intent leads to', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/systems.yaml'), 'answer: hgr.backup-number-mismatch', 'answer: hgr.keeps-asking-company')));
    expect(msg).toMatch(/knowledge\/systems\.yaml: entry 'hgr\.backup-number-mismatch': key 'id': no intent leads to this answer/);
  });

  test('a related entry that does not exist', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'knowledge/platform.yaml'), 'related: [reset.still-wrong, login.wrong-password]', 'related: [reset.nope]')));
    expect(msg).toMatch(/knowledge\/platform\.yaml: entry 'reset\.failed': key 'related\[0\]': unknown answer id 'reset\.nope'/);
  });

  test('a rule on a value the slot does not have', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/login.yaml'), 'when: { userType: natural }', 'when: { userType: person }')));
    expect(msg).toMatch(/intents\/login\.yaml: entry 'login\.forgot-all\.answers\[0\]': key 'when\.userType': 'person' is not a choice/);
  });

  test('requires mixing words and word groups', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/systems.yaml'), 'requires: [[人类遗传资源, 申报系统, 遗传办], [', 'requires: [人类遗传资源, [')));
    expect(msg).toMatch(/intents\/systems\.yaml: entry 'hgr\.grant': key 'requires\[0\]': not a non-empty list of words/);
  });

  test('a lead threshold above the answer threshold', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/recognizer.yaml'), 'leadThreshold: 0.69', 'leadThreshold: 0.9')));
    expect(msg).toMatch(/intents\/recognizer\.yaml: entry 'recognizer': key 'leadThreshold': must not be above answerThreshold/);
  });

  test('a long-story lead threshold above the lead threshold', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/recognizer.yaml'), 'longLeadThreshold: 0.62', 'longLeadThreshold: 0.7')));
    expect(msg).toMatch(/intents\/recognizer\.yaml: entry 'recognizer': key 'longLeadThreshold': must not be above leadThreshold/);
  });

  test('two intents that would both answer "还是不行"', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/conversation.yaml'), '  - id: chitchat.greeting\n', '  - id: chitchat.greeting\n    takesUnsolved: true\n')));
    expect(msg).toMatch(/intents\/conversation\.yaml: entry 'handoff\.human': key 'takesUnsolved': also set on chitchat\.greeting: one intent takes such a message/);
  });

  test('takesUnsolved that is not true or false', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/conversation.yaml'), 'takesUnsolved: true', 'takesUnsolved: yes please')));
    expect(msg).toMatch(/intents\/conversation\.yaml: entry 'handoff\.human': key 'takesUnsolved': not true or false/);
  });

  test('an implied word given by a single word, which is a synonym', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'intents/vocabulary.yaml'), '变更: [单位名称…修改,', '变更: [改名,')));
    expect(msg).toMatch(/intents\/vocabulary\.yaml: entry 'vocabulary\.implied': key '变更\[0\]': a phrase is parts joined by/);
  });

  test('invalid YAML syntax', () => {
    const msg = loadError(brokenCopy((d) => fs.appendFileSync(path.join(d, 'intents/login.yaml'), '\n  - id: [unclosed\n')));
    expect(msg).toMatch(/intents\/login\.yaml: invalid YAML/);
  });

  test('an unknown key (a typo) in an entry', () => {
    const msg = loadError(brokenCopy((d) => replaceIn(path.join(d, 'knowledge/platform.yaml'), '    related: [appeal.how-long, login.wrong-password, login.forgot-all.legal]', '    relatd: [appeal.how-long]')));
    expect(msg).toMatch(/knowledge\/platform\.yaml: entry 'login\.forgot-all\.natural': key 'relatd': unknown key/);
  });
});
