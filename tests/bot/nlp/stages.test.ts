// One table per stage of the Chinese pipeline: input → output.
import { normalizeText, readablePart, wordAlternation } from '../../../bot/nlp/normalizer';
import { SynonymRewriter } from '../../../bot/nlp/synonymRewriter';
import { Segmenter } from '../../../bot/nlp/segmenter';
import { pinyinBigrams } from '../../../bot/nlp/pinyinFeatures';
import { HomophoneCorrector } from '../../../bot/nlp/homophoneCorrector';
import { TextPipeline } from '../../../bot/nlp/textPipeline';
import { projectModel } from '../../helpers/projectModel';

describe('normalizeText', () => {
  test.each([
    ['full width letters and digits', 'ＣＨＲＯＭＥ１２３', 'chrome123'],
    ['upper case', 'Chrome', 'chrome'],
    ['traditional characters', '登錄名與密碼都忘記了', '登录名与密码都忘记了'],
    ['character by character: a Taiwanese word stays itself (a synonym makes 网路 网络)', '網路瀏覽器', '网路浏览器'],
    ['no phrase across a word boundary (選單 is a menu in Taiwan, 選單位 is choosing the unit)', '選單位選不完', '选单位选不完'],
    ['simplified text is left as typed (文件 is no Taiwanese 文档 here)', 'word文件格式有问题', 'word文件格式有问题'],
    ['punctuation becomes one space', '验证码，错误！！', '验证码 错误'],
    ['full-width punctuation and quotes', '提示“法定代表人类型不能为空”', '提示 法定代表人类型不能为空'],
    ['a tag goes, its text stays', '<b>密码</b>', '密码'],
    ['a script or style block goes whole', '<b>hi</b><script>alert(1)</script><style>p{}</style>', 'hi'],
    ['an unclosed script block goes to the end', '验证码<script>alert(1)', '验证码'],
    ['angle brackets that are no tag stay punctuation (a space between Chinese and a number is typography)', '登录名<无>密码 1<2', '登录名 无 密码1 2'],
    ['a space between Chinese and a Latin word is typography; between Chinese, a pause', '人遗 project 的材料 寄到哪里，captcha 一直错', '人遗project的材料 寄到哪里 captcha一直错'],
    ['a pasted address keeps its host, not its path (login there is no 登录 of the user\'s)', 'https://fuwu.most.gov.cn/login?redirect=%2Fhome 页面显示：验证码错误', 'https fuwu most gov cn 页面显示 验证码错误'],
    ['…also after www., up to Chinese punctuation', '打开www.12306.cn/index.html，密码错误', '打开www 12306 cn 密码错误'],
    ['control characters and lone surrogates', 'a\u0000b\ud800c', 'a b c'],
    ['emoji only', '🤔🤔', ''],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('readablePart', () => {
  test('a message within the limit is read whole', () => {
    expect(readablePart('验证码错误', 5)).toBe('验证码错误');
  });
  test('a longer one by its beginning (a third) and its end, as two sentences, the limit in all', () => {
    const story = `我们单位${'背'.repeat(50)}，现在服务事项空白`;
    const read = readablePart(story, 30);
    expect(read).toBe(`我们单位${'背'.repeat(6)}。${'背'.repeat(10)}，现在服务事项空白`);
    expect(read).toHaveLength(30);
  });
  test('never cuts a character in two', () => {
    const read = readablePart('😀'.repeat(100), 31);
    expect(read.replace('。', '')).toMatch(/^(?:😀)+$/u);
  });
});

describe('SynonymRewriter', () => {
  const rewriter = new SynonymRewriter([['人类遗传资源', '人遗'], ['申诉找回', '申诉'], ['登录', '登陆']], ['登录名']);
  test.each([
    ['an abbreviation', '人遗系统', '人类遗传资源系统'],
    ['a pinyin typo', '登陆不上', '登录不上'],
    ['longest match first: the canonical word is not rewritten again', '申诉找回要多久', '申诉找回要多久'],
    ['a shorter variant inside a protected word stays', '登录名', '登录名'],
    ['several in one text', '人遗申诉', '人类遗传资源申诉找回'],
  ])('%s', (_name, input, expected) => {
    expect(rewriter.rewrite(input)).toBe(expected);
  });
});

describe('Segmenter', () => {
  const segmenter = new Segmenter(['法人', '主代办人', '政务服务平台'], ['的', '了', '我']);
  test.each([
    ['terms stay whole before a verb', '法人注册', ['法人', '注册']],
    ['a term inside a sentence', '法人注册写主代办人的名字', ['法人', '注册', '写', '主代办人', '的', '名字']],
    ['latin and digits stay whole', 'chrome123浏览器', ['chrome123', '浏览器']],
    ['spaces separate', '我 忘了', ['我', '忘', '了']],
  ])('cut: %s', (_name, input, expected) => {
    expect(segmenter.cut(input)).toEqual(expected);
  });

  test('contentWords drops stopwords', () => {
    expect(segmenter.contentWords('我的政务服务平台')).toEqual(['政务服务平台']);
  });

  test('a clause cut again (a second reading of the turn) gives the same words, whatever was done with the first', () => {
    const first = segmenter.cutChunks('登录以后 页面空白');
    first[1].push('改过');
    first[0].length = 0;
    expect(segmenter.cutChunks('我们 登录以后 页面空白')).toEqual([['我们'], ['登录', '以后'], ['页面', '空白']]);
  });
});

describe('pinyinBigrams', () => {
  test.each([
    ['a homophone typo sounds the same', ['蜜码'], ['mi_ma']],
    ['across words', ['密码', '忘'], ['mi_ma', 'ma_wang']],
    ['a single character is its own syllable', ['码'], ['ma']],
    ['latin has no sound features', ['chrome'], []],
  ])('%s', (_name, words, expected) => {
    expect(pinyinBigrams(words)).toEqual(expected);
  });
});

describe('TextPipeline sounds', () => {
  const pipeline = new TextPipeline(projectModel().vocabulary);
  test.each([
    ['one clause', '蜜码忘了'],
    ['clauses: the message\'s bigrams run across them', '我是法人，登陆名忘了，验证码也老是错'],
    ['a clause of one character and Latin words', '码，chrome 打不开，好'],
    ['only stopwords', '你好'],
  ])('a message\'s sounds are its words\' sounds, a clause\'s its own words\' (%s)', (_name, text) => {
    const a = pipeline.analyze(text);
    expect(a.sounds).toEqual(pinyinBigrams(a.words));
    for (const c of a.clauses) expect(c.sounds).toEqual(pinyinBigrams(c.words));
  });
});

describe('HomophoneCorrector', () => {
  const corrector = new HomophoneCorrector(['密码', '验证码', '实名认证', '过期', '实名', '事项', '外专', '转移', '显示', '失败', '白屏',
    '离职', '到期', '主代办人', '人遗', '服务事项', '谢了']);
  test.each([
    ['蜜码 → 密码', '蜜码忘了', '密码忘了'],
    ['验正码 → 验证码', '验正码错误', '验证码错误'],
    ['实明认证 → 实名认证', '实明认证失败', '实名认证失败'],
    ['实民认证 → 实名认证: the nasals of -in/-ing are one sound to many typists', '实民认证失败', '实名认证失败'],
    ['a real word that sounds like a domain word stays (国企 ≠ 过期)', '国企账号', '国企账号'],
    ['correct text is unchanged', '密码过期', '密码过期'],
    ['a run whose first character ends a real word stays (老师名下 is not 老 + 实名)', '转到另一位老师名下', '转到另一位老师名下'],
    ['…or a domain word jieba does not know (外专以前 is not 外 + 转移 + 前)', '外专以前的账号', '外专以前的账号'],
    ['a run whose last character starts a real word is still a typo (事像是 → 事项是)', '服务事像是空白', '服务事项是空白'],
    ['…but not when it opens a domain word written as such (先实名认证 is not 显示 + 名认证)', '要先实名认证', '要先实名认证'],
    ['…nor is 是白屏 失败 + 屏: 白 opens 白屏', '服务事项是白屏', '服务事项是白屏'],
    ['…nor one whose first character ends a domain word written as such (主代办人一栏 is no 人遗)', '主代办人一栏填谁', '主代办人一栏填谁'],
    ['two characters whose last opens a word of the language are no typo (里之前 is no 离职, 到其他 no 到期)', '系统里之前的项目转到其他人', '系统里之前的项目转到其他人'],
    ['a place word after a noun begins no typo (平台里只显示 is no 离职)', '平台里只显示部分业务', '平台里只显示部分业务'],
    ['…but two characters that open with a content character are a typo, whatever word the last opens (实明显示: 明显)', '法人实明显示已存在', '法人实名显示已存在'],
    ['…and 实明说 (明说) too', '单位实明说名称已经有了', '单位实名说名称已经有了'],
    ['a person or a pronoun stands alone (人已经走了 is no 人遗)', '财务人已经走了', '财务人已经走了'],
    ['…but a longer run that sounds like a domain word is one (服务事像是 → 服务事项是)', '服务事像是空白', '服务事项是空白'],
    ['a word half of which is a particle is not looked for (写了 is no 谢了: one character has many homophones)', '上面写了很多', '上面写了很多'],
    ['two typos, text kept around and between them', '我的蜜码和验正码都不对', '我的密码和验证码都不对'],
    ['a typo at the very start and one at the very end', '蜜码忘了验正码', '密码忘了验证码'],
  ])('%s', (_name, input, expected) => {
    expect(corrector.correct(input)).toBe(expected);
  });
});

describe('TextPipeline with the project vocabulary', () => {
  const pipeline = new TextPipeline(projectModel().vocabulary);
  test.each([
    ['traditional + typo + abbreviation', '人遺系統的驗正碼錯誤', ['人类遗传资源', '验证码', '错误']],
    ['English forms of the FAQ\'s error words', 'the credit code is already registered, company name already exists',
      ['统一社会信用代码', '已被注册', '单位名称', '已存在']],
    ['好的 in 好好的 is no acknowledgement', '之前用得好好的', ['之前', '用', '得']],
    ['几天 in 这几天 / 前几天 says when, asks no 多久', '前几天提交，这几天一直在审核', ['提交', '审核']],
    ['交接 / 移交 = 移送, the FAQ\'s word for moving projects', '人遗项目交接', ['人类遗传资源', '项目', '移送']],
    ['Taiwanese words are synonyms: 網路 = 网络, 帳號 = 账号, 搜尋 = 搜索, 資訊 = 信息', '網路不好，帳號搜尋不到，資訊', ['网络', '不好', '账号', '搜索', '不到', '信息']],
    ['高企 → 高新技术企业认定', '高企怎么申报', ['高新技术企业认定', '怎么', '申报']],
    ['spoken words: 不干了 = 离职, 倒腾给 = 移送, 空落落 = 空白', '同事不干了，项目倒腾给别人，页面空落落的', ['员工', '离职', '项目', '移送', '别人', '页面', '空白']],
    ['皮配 → 匹配: a term, so typos are corrected towards it', '备份号一直不皮配', ['备份号', '不', '匹配']],
    ['…and 单为 → 单位, 管里员 → 管理员', '单为的管里员账号', ['单位', '管理员', '账号']],
    ['…and 下在 → 下载, 新键 → 新建, 找会 → 找回, 才料 → 材料', '没有下在按钮，不能新键项目，申诉找会要什么才料',
      ['没有', '下载按钮', '不能新建项目', '申诉找回', '材料']],
    ['信用代码 → 统一社会信用代码; 被注册过 = 已被注册 (not 已存在: 注册 tells the question)', '信用代码被注册过', ['统一社会信用代码', '已被注册']],
    ['被人注册了 = 已被注册', '身份证号被人注册了', ['证件号码', '已被注册']],
    ['已经存在 = 已存在 = 被使用', '信用代码已经存在，账号被使用', ['统一社会信用代码', '已存在', '账号', '已存在']],
    ['a pasted error label is not a word of the question', '错误提示：验证码错误', ['验证码', '错误']],
    ['the officialese of a pasted message (进行, 此) says nothing', '您没有权限进行此操作', ['没有', '权限', '操作']],
    ['什么时候 = 多久 (问问, 大概: function words)', '想问问大概什么时候能审核完', ['多久', '审核', '完']],
    ['怎么回事 is a question form, even cut in two (回事 is no word of 登录不了怎么回事)', '验证码错误，这是怎么回事', ['验证码', '错误', '怎么']],
    ['能不能 asks, it is no 不能', '能不能新建项目', ['新建项目']],
    ['创建项目 = 建项目 = 新建项目; 没法 = 无法, one word', '没法创建项目', ['无法', '新建项目']],
    ['没通过 / 不成功 = 失败', '审核没通过，重置不成功', ['审核', '失败', '重置', '失败']],
    ['colloquial: 通不过 = 失败, 已经有了 = 已存在, 项目建不了 = 不能新建项目, 是乱的 = 乱码', '实名通不过，证件号已经有了，项目建不了，页面是乱的',
      ['实名认证', '失败', '证件号码', '已存在', '不能新建项目', '页面', '乱码']],
    ['搜 = 搜索, 不出来 = 不到; 搜狗 is a browser, not 搜', '搜狗浏览器搜不出来', ['搜狗', '浏览器', '搜索', '不到']],
    ['来华工作许可 / 工作许可证 → the 外国人来华工作 system', '来华工作许可证怎么办', ['外国人来华工作管理服务系统', '证', '怎么']],
    ['无法查看 = 看不到 → 没有; download → 下载按钮', '项目无法查看，没download', ['项目', '没有', '没有', '下载按钮']],
    ['没法下载 = 无法下载 → 下载不了', '交上去就没法下载了', ['交', '上去', '下载不了']],
    ['下载的地方 = 下载链接 → 下载按钮', '没有下载的地方，也没有下载链接', ['没有', '下载按钮', '没有', '下载按钮']],
    ['开个权限 = 授权; 办事员 = 员工', '给办事员开个权限', ['给', '员工', '授权']],
    ['新密码设置好了 / 新密码设好了 is a reset done', '新密码设置好了还是进不去', ['重置', '还是', '进', '不', '去']],
    ['忘了 = 想不起来 = 记不得 → 忘记', '密码想不起来，登录名记不得', ['密码', '忘记', '登录名', '忘记']],
    ['service list = 服务事项; 是空的 = empty = 空白', '登录后 service list 是空的，services empty', ['登录', '后', '服务事项', '空白', '服务事项', '空白']],
    ['忘光了 = 忘得一干二净 → 忘记', '账号密码全忘光了，登录名忘得一干二净', ['账号', '密码', '全', '忘记', '登录名', '忘记']],
    ['a typo of a sound two variants of one word share (登录名, 登陆名) is corrected', '登路名忘了', ['登录名', '忘记']],
    ['a message of stopwords only keeps its words', '你好', ['你好']],
    ['好的 / ok = 明白了, a stopword before a question', '好的，那密码怎么改', ['密码', '怎么', '修改']],
    ['我想问个问题 / 咨询一下 open a conversation like 你好', '在吗？我想问个问题', ['你好', '你好']],
    ['English words mixed in', 'login的时候password忘了', ['登录', '时候', '密码', '忘记']],
    ['从哪 = 在哪里 = 什么地方 → 哪里', '从哪申请，在哪里改，什么地方办', ['哪里', '申请', '哪里', '修改', '哪里']],
    ['一般 / 通常 say nothing; 改下 = 修改; 弄错了 = 错了', '一般多久，通常怎么改下，弄错了', ['多久', '怎么', '修改', '错了']],
    ['科小 = 科技型中小企业评价', '科小评价怎么办', ['科技型中小企业评价', '怎么']],
    ['change = 修改, after = 之后, manual = 人工, review = 审核', 'change my email after login, manual review', ['修改', '邮箱', '之后', '登录', '人工', '审核']],
    ['传上去 = 上传, 换名儿 = 变更, 啥都看不见 = 空白', '证件传上去了，单位换名儿了，服务事项啥都看不见', ['证件', '上传', '单位', '变更', '服务事项', '空白']],
    ['有没有 asks, it is not the symptom 没有; 已 says nothing', '有没有电话，已给的授权', ['电话', '给', '授权']],
    ['改 = 修改 (改名 stays 变更); 以后 = 之后', '登录以后在哪改，单位改名了', ['登录', '之后', '哪里', '修改', '单位', '变更']],
    ['就这样吧 / 先这样 close a conversation; 这样 alone says nothing', '那就先这样吧，为什么会这样', ['先这样吧']],
    ['换个新的 = 修改; 乱七八糟 = 乱码; 是白的 = 空白', '邮箱想换个新的，页面乱七八糟，服务事项是白的', ['邮箱', '修改', '页面', '乱码', '服务事项', '空白']],
    ['收到了 inside a sentence is received, not an acknowledgement', '手机收到了验证码', ['手机', '收到', '验证码']],
    ['系统提示 = 提示; following the prompts (按照页面提示) says nothing', '按照页面提示填写，系统提示重置失败', ['填写', '提示', '重置', '失败']],
    ['how do I = 怎么; phone number = 手机号', 'How do I reset the password? no phone number', ['怎么', '重置', '密码', 'no', '手机号']],
    ['没结果 / 没查到 = 不到: the search found nothing', '查询没结果，搜索没有结果，没查到', ['搜索', '不到', '搜索', '不到', '不到']],
    ['木有 / 没得 = 没有', '密码木有了，权限没得', ['密码', '没有', '权限', '没有']],
    ['English: lost / can\'t remember = 忘记, grant permission = 授权, natural person = 自然人, a real person = 人工客服',
      'lost the password, can\'t remember the login name; grant permission to a natural person; talk to a real person',
      ['忘记', '密码', '忘记', '登录名', '授权', '自然人', 'talk', '人工客服']],
    ['一个人 hides its 个人 but gives way to a word it overlaps: 一个人遗项目, 三个人类遗传资源, 一个人工',
      '一个人遗项目，三个人类遗传资源的项目，给我一个人工的电话，好几个人都知道', ['人类遗传资源', '项目', '三个', '人类遗传资源', '项目', '给', '人工', '电话', '好', '知道']],
    ['关于 / 咨询 / 的事 say nothing: what the message is about is what is left', '想咨询关于外专系统的事', ['外国专家项目管理信息系统']],
    ['没搞定 / 搞不定 are 失败', '实名没搞定，验证码也搞不定', ['实名认证', '失败', '验证码', '失败']],
    ['…and 没过, but not 没过多久 (soon after)', '实名没过，没过多久验证码又错了', ['实名认证', '失败', '不久', '验证码', '错了']],
    ['客服 is kept whole (jieba cuts it in two); interjections say nothing', '唉，怎么联系客服啊啊啊', ['怎么', '联系', '客服']],
    ['麻烦看下 says nothing (看下 kept whole, then dropped: jieba cuts it 看 + 下); nor do 这边, 挺', '我这边备份号，挺急的，麻烦看下', ['备份号']],
    ['火炬 alone = 火炬中心, its longer names kept (火炬统计 = 火炬统计调查)', '火炬的其他业务，火炬统计', ['火炬中心', '其他', '业务', '火炬统计调查']],
    ['新建按钮是灰的 = 不能新建项目; 受权 (a typo) = 授权', '新建按钮是灰的，单位给我受权了', ['不能新建项目', '单位', '给', '授权']],
    ['a typo is never corrected towards a stopword\'s word (号的 is no 好的 = 明白了, 无此 no 无数次 = 多次)', '填身份证号的时候，提示查无此人',
      ['填', '证件号码', '时候', '提示', '查', '无', '此人']],
    ['a word jieba knows is not inserted again (it would lose its weight): 可以 stays whole, no 以注册 = 已注册',
      '一个身份证可以注册几个账号', ['证件', '注册', '几个', '账号']],
    ['human genetic resources / HGR = 人类遗传资源 (whole Latin words only)', 'HGR授权, human genetic resources, thgra',
      ['人类遗传资源', '授权', '人类遗传资源', 'thgra']],
    ['the systems\' English names: torch center, high-tech enterprise, foreign expert, overseas training, work permit',
      'torch center, high-tech enterprise, foreign expert system, overseas training, work permit',
      ['火炬中心', '高新技术企业认定', '外国专家项目管理信息系统', '因公出国培训', '外国人来华工作管理服务系统']],
    ['身份证 = 证件; 转人工审核 is a review, not 人工客服', '上传身份证，转人工审核', ['上传', '证件', '审核']],
    ['课题组成员 / 科研人员 / 组员 = 员工', '给课题组成员授权，科研人员和组员', ['给', '员工', '授权', '员工', '员工']],
    ['时间多长 / 多少时间 = 多久', '审核时间多长，要多少时间', ['审核', '多久', '多久']],
    ['完善 / 补充 / 补全 = 填写', '完善信息，补全资料', ['填写', '信息', '填写', '资料']],
    ['平台 is a term: "和平台上" is not 和平 + 台上', '和平台上的不一样', ['平台', '上', '不', '一样']],
    ['名字改过 / 改过名 = 变更 (after 单位 it is 单位名称 + 改过: the leftmost word is kept)', '我们名字改过，单位改过名', ['变更', '单位', '变更']],
    ['图片上的字母 = 验证码; 名字换了 = 变更', '图片上的字母输不对，名字换了', ['验证码', '输', '错误', '变更']],
    ['发生了变化 = 变更', '单位名称发生了变化', ['单位名称', '变更']],
    ['下拉框 is a term, not 下 + 拉 + 框', '下拉框必须都选吗', ['下拉框', '必须', '选']],
    ['how many times the user tried (三次, 好几遍, 很多次) says nothing; nor does trying (试)', '输了三次密码，验证码试了好几遍，反复输了很多次', ['输', '密码', '验证码', '反复', '输']],
    ['English function words say nothing; verification code = 验证码', 'I forgot my password, the verification code is wrong', ['忘记', '密码', '验证码', '错误']],
    ['domain words typed in pinyin, the input method not switched: yanzhengma = 验证码, denglu mima = 登录密码',
      'yanzhengma错误，denglu mima忘了，shiming审核', ['验证码', '错误', '登录', '密码', '忘记', '实名认证', '审核']],
    ['older and formal names: 组织机构代码 = 统一社会信用代码, 身份核验 = 实名认证', '组织机构代码被占用，身份核验不通过',
      ['统一社会信用代码', '已存在', '实名认证', '失败']],
    ['spoken forms: 老是错 = 错误 (老是错误 too, not 错误误); 给个人工 is the person asked for, not 个人; 咱 says nothing',
      '验证码老是错，密码一直错误，咱给个人工', ['验证码', '错误', '密码', '错误', '人工客服']],
    ['more in pinyin: guoqi = 过期, luanma = 乱码, gaoqi = 高企', 'mima guoqi, zhuce luanma, gaoqi', ['密码', '过期', '注册', '乱码', '高新技术企业认定']],
    ['a formal letter\'s words say nothing (致函, 盼复为感); 何种途径 = 怎么; 不掌握 = 忘记', '现特致函咨询，新任人员不掌握密码，应通过何种途径找回？盼复为感',
      ['人员', '忘记', '密码', '通过', '怎么', '找回']],
    ['English words of the domain are its words: system, PW (人遗system is 人遗系统, the system\'s name)', '人遗system的PW忘了', ['人类遗传资源', '密码', '忘记']],
    ['…and button', '下载button没了', ['下载按钮', '没有']],
    ['…and permission, project (建不了project is 建不了项目), browser', '员工没有permission，建不了project，用什么browser', ['员工', '没有', '权限', '不能新建项目', '用', '浏览器']],
    ['…and login名, ID card号', 'login名记得，ID card号有人用了', ['登录名', '记得', '证件号码', '有人', '用']],
    ['an English word written in Chinese completes a phrase: 开permission is 开权限, a way of saying 授权', '给员工开permission', ['给', '员工', '授权']],
    ['…and submitting, admin, there is no', 'submitting以后admin那边there is no下载按钮', ['提交', '之后', '管理员', '那边', '没有', '下载按钮']],
    ['…and English verbs as they are inflected (resetting, authorizing), cannot find, recover, unit name', 'cannot find him when authorizing, resetting failed, recover the unit name',
      ['搜索', '不到', 'him', 'when', '授权', '重置', '失败', '找回', '单位名称']],
    ['…no permission, does not exist (written apart, as the Chinese is cut)', 'no permission when authorizing, login name does not exist', ['没有', '权限', 'when', '授权', '登录名', '不', '存在']],
    ['a new project built (建个新项目) is 新建项目; 号 beside the password is the account', '建个新项目，号和密码', ['新建项目', '账号', '密码']],
    ['the platform named beside one of its systems says nothing more: its words are left out', '科技部政务平台人遗系统怎么报备', ['人类遗传资源', '怎么', '报备']],
    ['…but named alone, it is what the message is about', '科技部政务平台登不上', ['科技部', '政务服务平台', '登录不了']],
  ])('%s', (_name, input, expected) => {
    expect(pipeline.analyze(input).words).toEqual(expected);
  });

  test('a clause that opens by denying, with more said besides, is not what the message asks', () => {
    const a = pipeline.analyze('不是人遗系统，是政务服务平台怎么给员工授权');
    expect(a.words).not.toContain('人类遗传资源');
    expect(a.asserted).not.toContain('人类遗传资源');
    expect(a.canonical).toContain('人类遗传资源');
    expect(a.words).toContain('授权');
    // Alone, a denial is all the message says: kept. Last, after what the message asks: left out.
    expect(pipeline.analyze('不是法人').words).toContain('法人');
    const last = pipeline.analyze('注册的时候提示证件号码已被注册，不是实名的时候');
    expect(last.words).not.toContain('实名认证');
    expect(last.words).toContain('注册');
    // Denials come from vocabulary.denials, compared in canonical form (没用过 → 没有用过).
    expect(pipeline.analyze('平台实名时提示证件号已存在，我没用过外专系统').words).not.toContain('外国专家项目管理信息系统');
    expect(pipeline.analyze('我没在外专系统注册过，平台实名提示身份证号已存在').words).not.toContain('外国专家项目管理信息系统');
    // 没在 alone is a symptom: "没在服务事项里找到".
    expect(pipeline.analyze('登录以后，没在服务事项里找到人遗系统').words).toContain('服务事项');
    expect(pipeline.analyze('我没有忘记密码，是验证码一直错').words).not.toContain('忘记');
    // 没有 alone is a symptom, not a denial.
    expect(pipeline.analyze('提交以后，没有下载按钮').words).toContain('下载按钮');
    // 是不是 is a question, not a denial.
    expect(pipeline.analyze('是不是人遗系统的问题，授权不了').words).toContain('人类遗传资源');
    // Two subject words may open the denial; so may a contrast word and adverbs, up to four in all.
    expect(pipeline.analyze('我从来没重置过密码，一登录就说密码错误').words).not.toContain('重置');
    expect(pipeline.analyze('提示证件号码已存在，可是我以前从来没注册过').words).not.toContain('注册');
  });

  test('a denial typed without punctuation is a clause all the same', () => {
    // "Not X" at the start ends before the 是 that says what it is instead.
    const instead = pipeline.analyze('不是人遗系统是政务服务平台怎么给员工授权');
    expect(instead.words).not.toContain('人类遗传资源');
    expect(instead.words).toEqual(expect.arrayContaining(['政务服务平台', '授权']));
    // One the speaker opens inside a piece begins a clause, left out as a punctuated one is.
    const mid = pipeline.analyze('平台实名时提示证件号已存在我没用过外专系统');
    expect(mid.words).not.toContain('外国专家项目管理信息系统');
    expect(mid.words).toEqual(expect.arrayContaining(['实名认证', '证件号码']));
    // But not one that asks something to the end: that is the question too.
    expect(pipeline.analyze('单位让我申诉找回法人账号我不是法人代表能当主代办人吗').words).toContain('主代办人');
    // Nor one the subject began before an adverb: "我们医院从来没用过人遗系统" keeps its system.
    expect(pipeline.analyze('我们医院从来没用过人遗系统现在进去说单位没注册').words).toContain('人类遗传资源');
    // 还是 after a "not X" says no instead: the piece stays one denial, all the message says, and is kept.
    expect(pipeline.analyze('不是验证码的问题还是提示密码错误').words).toContain('验证码');
    // A "not X" inside a piece, with a 是 saying what it is instead, is left out as one opening it is.
    const inside = pipeline.analyze('重置密码的时候不是说登录名不存在是一直转圈然后失败');
    expect(inside.words).not.toContain('登录名');
    expect(inside.words).toEqual(expect.arrayContaining(['重置', '密码', '失败']));
    // Not where 不是 is part of another word (是不是), nor without a 是 saying what instead.
    expect(pipeline.analyze('重置密码的时候是不是登录名不存在').words).toContain('登录名');
    expect(pipeline.analyze('重置密码的时候不是登录名不存在就是转圈').words).toContain('登录名');
  });

  test('a phrase that implies a word adds it (vocabulary.implied): a unit renamed, however its name was written', () => {
    for (const text of ['公司名字改过了', '单位名称变了', '改了单位名称以后申诉找回', '單位名字換了']) {
      expect({ text, words: pipeline.analyze(text).words }).toEqual({ text, words: expect.arrayContaining(['单位名称', '变更']) });
    }
    // Written already, it is not added again; asking where to change the name is no rename; nor is a name far from the change.
    expect(pipeline.analyze('单位名称变更后').canonical).toBe('单位名称变更后');
    expect(pipeline.analyze('修改单位名称在哪').words).not.toContain('变更');
    expect(pipeline.analyze('单位名称填现在的还是以前的，密码也修改了').words).not.toContain('变更');
    // Nor is a name said not to have changed.
    for (const text of ['我们单位名称没变过', '公司名字没改过', '单位名称不变']) {
      expect({ text, words: pipeline.analyze(text).words }).toEqual({ text, words: expect.not.arrayContaining(['变更']) });
    }
  });

  test('in a Chinese message a Latin piece is part of the clause beside it; in an English one each piece stays a clause', () => {
    const clauseWords = (text: string): string[][] => pipeline.analyze(text).clauses.map((c) => c.words);
    expect(clauseWords('404 页面没了')).toEqual([['404', '页面', '没有']]);
    expect(clauseWords('提交以后页面没了 404')).toEqual([['提交', '之后', '页面', '没有', '404']]);
    expect(clauseWords('404 页面没了，验证码错误')).toHaveLength(2);
    expect(clauseWords('page blank after login').length).toBeGreaterThan(1);
  });

  test('a long piece typed without punctuation is broken before its contrast and opening words; a short one is not', () => {
    const clauseCount = (text: string): number => pipeline.analyze(text).clauses.length;
    expect(clauseCount('我先点了忘记密码用登录名重置结果系统说没有预留手机号请问下一步怎么办')).toBe(5);
    expect(clauseCount('重置密码结果还是失败')).toBe(1);
    // What was done and what was said open clauses too: 输入 | 点了 | 一直 | 他说.
    expect(clauseCount('管理员给同事授权的时候输入他的姓名点了查询一直显示查无此人他说他已经实名了')).toBe(5);
  });
});

describe('Latin domain words match only as whole words', () => {
  const pattern = new RegExp(wordAlternation(['ai', 'chrome', '人遗']), 'gu');
  test.each([
    ['你是ai吗', ['ai']],
    ['用chrome登录', ['chrome']],
    ['yf8aigdsw', []],
    ['chromebook', []],
    ['人遗ai', ['人遗', 'ai']],
  ])('%s → %j', (text, found) => {
    expect(text.match(pattern) ?? []).toEqual(found);
  });
});
