import { FaqRecognizer } from '../../bot/faqRecognizer';
import { projectModel } from '../helpers/projectModel';

const recognizer = new FaqRecognizer(projectModel());
const extract = (text: string, slots: string[], asked?: string) => recognizer.slotExtractor.extract(text, { slots, asked });

describe('SlotExtractor', () => {
  test.each([
    ['a user type stated in a question', '我是法人，忘了密码', ['userType'], undefined, { userType: 'legal' }],
    ['everyday words for a company', '单位的', ['userType'], undefined, { userType: 'legal' }],
    ['everyday words for a person', '我是个人用户', ['userType'], undefined, { userType: 'natural' }],
    ['traditional characters', '我是個人', ['userType'], undefined, { userType: 'natural' }],
    ['a word inside a longer domain term does not count', '高企认定和中小企评价怎么办理', ['role', 'userType'], undefined, {}],
    ['单位 inside 单位名称 does not count', '单位名称变更了', ['userType'], undefined, {}],
    ['a negation cancels the word after it', '我不是法人', ['userType'], undefined, {}],
    ['asking whether an account is required says nothing of the user\'s', '火炬统计调查必须用法人账号吗', ['userType', 'role'], undefined, {}],
    ['two values for one slot cancel out', '我是个人，帮单位办', ['userType'], undefined, {}],
    ['the same words may fill two slots', '法人账号', ['userType', 'role'], undefined, { userType: 'legal', role: 'legal' }],
    ['a company is a legal user, and so logs in as one (role impliedBy userType)', '我们是公司', ['userType', 'role'], undefined, { userType: 'legal', role: 'legal' }],
    ['…a person as a natural person', '火炬中心别的业务个人怎么办', ['userType', 'role'], undefined, { userType: 'natural', role: 'natural' }],
    ['…but not when the message tells what the system showed', '我们是公司，登录后角色不对', ['userType', 'role'], undefined, { userType: 'legal' }],
    ['…though the message tells what the system showed of something else (a wrong password)', '我们公司用信用代码登录，提示登录名或密码错误', ['userType', 'role', 'loginProblem'], undefined, { userType: 'legal', role: 'legal', loginProblem: 'wrongPassword' }],
    ['…also when the user type is not looked for (the role asked, answered with who the user is)', '我们是公司', ['role'], undefined, { role: 'legal' }],
    ['what the account is after login is its role: 登录后是个人 / 进去是公司', '中小企评价登录后是个人', ['role'], undefined, { role: 'natural' }],
    ['…the other way', '登进去是公司的', ['role'], undefined, { role: 'legal' }],
    ['a company answering the role question', '我们是公司', ['userType', 'role'], 'role', { userType: 'legal', role: 'legal' }],
    ['what the account shows outweighs who the user is', '用公司的账号登录后显示个人账号', ['role'], undefined, { role: 'natural' }],
    ['what the system shows decides between two values stated', '用公司账号登录平台后，发现显示的是个人用户', ['role'], undefined, { role: 'natural' }],
    ['…also said as 提示我是', '我是法人，登录后提示我是自然人', ['role'], undefined, { role: 'natural' }],
    ['…or 提示这是', '在法人登录那里登录，提示这是自然人账号', ['role'], undefined, { role: 'natural' }],
    ['…or 显示我们是', '用企业账号登录，结果页面显示我们是自然人', ['role'], undefined, { role: 'natural' }],
    ['…or by a word that says it itself (变成个人)', '登录企业账号后变成个人账号了', ['role'], undefined, { role: 'natural' }],
    ['…or 进去是 (the account shown once in)', '用单位账号登进去是个人的', ['role'], undefined, { role: 'natural' }],
    ['…or 成了', '为什么我的企业账号在政务平台成了自然人', ['role'], undefined, { role: 'natural' }],
    ['else the account named decides between two values (accountEndings): whom the user works for does not', '我是公司员工，用自己的个人账号登录以后想改密码', ['userType'], undefined, { userType: 'natural' }],
    ['…the other way', '我是个人，但是帮公司管理单位账号，单位账号的密码怎么改', ['userType'], undefined, { userType: 'legal' }],
    ['…but two accounts named still cancel out', '单位账号和个人账号的密码都忘了', ['userType'], undefined, {}],
    ['what the system showed, in the user type\'s words, is the role (提示我是个人)', '中小企评价，登录以后显示我是个人', ['userType', 'role'], undefined, { userType: 'natural', role: 'natural' }],
    ['a social organisation is a legal user', '社会组织的账号登录名密码都忘了', ['userType'], undefined, { userType: 'legal' }],
    ['a login name that cannot be found is not remembered', '单位的登录名找不到了，密码也不对', ['nameRemembered'], undefined, { nameRemembered: 'no' }],
    ['a student is a natural person', '我是学生，自己的账号登录名和密码都忘了', ['userType'], undefined, { userType: 'natural' }],
    ['what the system showed, in the user type\'s words, outweighs the account named (居然是个人的)', '公司账号登上去居然是个人的', ['role'], undefined, { role: 'natural' }],
    ['…as does a surprised 怎么是', '我们单位的账号登进去怎么是个人的', ['role'], undefined, { role: 'natural' }],
    ['…but not a word inside a longer term (个人信息), nor one in the next clause', '法人登录后进中小企评价系统，提示个人信息没有实名认证；登录角色，个人的还没试', ['role'], undefined, { role: 'legal' }],
    ['a slot implied by one not looked for takes its value: 机构 answers the role asked', '机构', ['role'], 'role', { role: 'legal' }],
    ['…and 本人', '本人', ['role'], 'role', { role: 'natural' }],
    ['"自己的" answers who the user is, asked', '自己的', ['userType'], 'userType', { userType: 'natural' }],
    ['…but only asked', '用自己的账号登录', ['userType'], undefined, {}],
    ['forgetting the account and the password, the verb first, is no login name remembered', '忘記帳號和密碼了', ['nameRemembered'], undefined, { nameRemembered: 'no' }],
    ['记着 / 有印象 answer that the login name is remembered', '有印象', ['nameRemembered'], 'nameRemembered', { nameRemembered: 'yes' }],
    ['what the system showed, after 成 (显示成个人), is the role', '单位的账号显示成个人了', ['role'], undefined, { role: 'natural' }],
    ['the role asked, a reply of who the user is answers it (自己的: one\'s own account)', '自己的', ['role'], 'role', { role: 'natural' }],
    ['only the password forgotten (就是密码想不起来), the login name remembered (登录名我倒是记得)', '登录名我倒是记得，就是密码想不起来', ['nameRemembered'], 'nameRemembered', { nameRemembered: 'yes' }],
    ['the account (记得账号) or user name remembered is the login name', '我记得账号，就是密码死活想不起来', ['nameRemembered'], undefined, { nameRemembered: 'yes' }],
    ['a person asked for (找个人来) says nothing of who the user is', '你还是不懂，找个人来', ['userType'], undefined, {}],
    ['a 厂 (俺们厂) is a unit', '俺们厂的账号密码没人记得了', ['userType'], undefined, { userType: 'legal' }],
    ['an opinion (我个人觉得) says nothing of who the user is', '我个人觉得这太麻烦了，我们公司的密码忘了', ['userType'], undefined, { userType: 'legal' }],
    ['nothing remembered (啥都记不得) is no login name remembered; 老百姓 is a natural person', '我啥都记不得了，号和密码，我就是个普通老百姓', ['userType', 'nameRemembered'], undefined, { userType: 'natural', nameRemembered: 'no' }],
    ['what the account was found to be (发现是个人账号) is the role, though the unit\'s account was used', '要用单位账号登录吧，我登进去发现是个人账号', ['role'], undefined, { role: 'natural' }],
    ['a login name 记着 (kept in mind) is remembered', '登录名记着呢', ['nameRemembered'], undefined, { nameRemembered: 'yes' }],
    ['where one works (在医院上班) says nothing of the account one uses', '我在医院上班，自己的账号密码忘了', ['userType'], undefined, {}],
    ['what is shown is no value where a longer term begins there (提示个人信息: the prompt, not a 个人 account)', '进高企系统之前弹出个人信息没有实名认证', ['role'], undefined, {}],
    ['only some of the 火炬 businesses shown is what a natural person\'s account shows', '火炬中心业务办理平台里只显示部分业务', ['role'], undefined, { role: 'natural' }],
    ['a university\'s 科研处 holds the unit\'s account; a teacher at a 高校 speaks of their own', '大学科研处的账号，密码和登录名都丢了', ['userType'], undefined, { userType: 'legal' }],
    ['what the login name seems to be (登录名好像是) is remembered: said of the login name, it outweighs 没人知道 (subjects)', '现在没人知道密码，登录名好像是单位简称', ['nameRemembered'], undefined, { nameRemembered: 'yes' }],
    ['which login name it was (什么登录名), forgotten, is no login name remembered, whatever 登录名是 asked', '个人账号的登录名是手机号吗？我忘了当时用的什么登录名，密码也不记得', ['nameRemembered'], undefined, {}],
    ['else the value said of the login name decides (subjects): 谁也不知道 after 密码 is of the password', '登录名我们知道，就是密码谁也不知道', ['nameRemembered'], undefined, { nameRemembered: 'yes' }],
    ['…but two said of it still cancel out', '登录名我知道，不对，登录名也忘了', ['nameRemembered'], undefined, {}],
    ['the 身份 an account shows is its role, over the unit the user is from', '我们是高新企业，但是我登录后只是个人身份', ['role'], undefined, { role: 'natural' }],
    ['the account\'s login name (账号的登录名) not known is the login name forgotten', '现在我们不知道账号的登录名和密码', ['nameRemembered'], undefined, { nameRemembered: 'no' }],
    ['who the user is typed in pinyin (geren, danwei)', 'geren', ['userType'], undefined, { userType: 'natural' }],
    ['…as a unit too', 'danwei', ['userType'], undefined, { userType: 'legal' }],
    ['…but not from further away: two values still cancel out', '我是法人，提示登录失败，个人账号也一样', ['role'], undefined, {}],
    ['an account registered with an ID card is a person\'s, with a credit code a unit\'s', '我用身份证注册的账号', ['userType'], undefined, { userType: 'natural' }],
    ['…the unit\'s', '用信用代码注册的账号', ['userType'], undefined, { userType: 'legal' }],
    ['好几个人 is no 个人 either', '我们单位法人账号的密码好几个人都知道', ['userType'], undefined, { userType: 'legal' }],
    ['以个人身份 is no typo of the stopword 一个人', '以个人身份注册的', ['userType'], undefined, { userType: 'natural' }],
    ['two slots in one answer', '登录名也不记得了，我是法人', ['nameRemembered', 'userType'], 'nameRemembered', { nameRemembered: 'no', userType: 'legal' }],
    ['a bare reply counts for the asked slot', '记得', ['nameRemembered'], 'nameRemembered', { nameRemembered: 'yes' }],
    ['stating one\'s login name says it is remembered', '我的登录名是zhangsan2019，密码忘了', ['nameRemembered'], undefined, { nameRemembered: 'yes' }],
    ['saying what one\'s login name is says it is remembered', '登录名是我的手机号', ['nameRemembered'], 'nameRemembered', { nameRemembered: 'yes' }],
    ['forgetting which login name it was is not remembering it', '我忘了我的登录名是手机号还是身份证号了', ['nameRemembered'], undefined, { nameRemembered: 'no' }],
    ['a login name known after all (倒是) is remembered', '密码谁都不知道，登录名倒是知道', ['nameRemembered'], undefined, { nameRemembered: 'yes' }],
    ['a factory is a unit', '俺们厂子的账号密码都忘了', ['userType'], undefined, { userType: 'legal' }],
    ['a login name a unit knows is remembered', '他把密码改了没告诉我们，登录名我们知道', ['nameRemembered'], undefined, { nameRemembered: 'yes' }],
    ['asking what one\'s login name is says it is not remembered', '我的登录名是什么、密码是多少全都想不起来了', ['nameRemembered'], undefined, { nameRemembered: 'no' }],
    ['账号没忘 says the login name is remembered', '账号没忘，密码忘了', ['nameRemembered'], undefined, { nameRemembered: 'yes' }],
    ['名字和密码 / 账号密码 both forgotten: the login name is not remembered', '名字和密码都记不起来了', ['nameRemembered'], undefined, { nameRemembered: 'no' }],
    ['the login name remembered, said the other way round', '登录名我记得很清楚，就是密码不对', ['nameRemembered'], undefined, { nameRemembered: 'yes' }],
    ['a bare reply does not count when not asked', '记得', ['nameRemembered'], undefined, {}],
    ['an English reply, yes', 'login name I still remember', ['nameRemembered'], 'nameRemembered', { nameRemembered: 'yes' }],
    ['an English reply, no: "remember" inside "don\'t remember" is no yes', "I don't remember it", ['nameRemembered'], 'nameRemembered', { nameRemembered: 'no' }],
    ['a one-character reply only as the whole answer', '是', ['nameRemembered'], 'nameRemembered', { nameRemembered: 'yes' }],
    ['是 inside 我是法人 is not a yes', '我是法人', ['nameRemembered', 'userType'], 'nameRemembered', { userType: 'legal' }],
    ['words beat bare replies of the other value', '登录名也忘了 记得', ['nameRemembered'], 'nameRemembered', { nameRemembered: 'no' }],
    ['slots not looked for are ignored', '我是法人', ['nameRemembered'], undefined, {}],
  ])('%s: %s', (_name, text, slots, asked, expected) => {
    expect(extract(text, slots, asked)).toEqual(expected);
  });

  test('residualWords: what is said besides slot words', () => {
    expect(recognizer.slotExtractor.residualWords('我是单位的', { slots: ['userType'] })).toEqual([]);
    expect(recognizer.slotExtractor.residualWords('法人授权时提示没有权限', { slots: ['userType'] })).toEqual(['授权', '时', '提示', '权限']);
  });

  test('mayBeOnlySlotWords: a word is part of a slot phrase as a word of it, not a character inside one', () => {
    const userSlots = { slots: ['userType', 'role'] };
    // 个人 and 账号 are words of 个人账号; 他 is inside the role word 法人其他信息, but no word of it.
    expect(recognizer.slotExtractor.mayBeOnlySlotWords(['个人', '账号'], userSlots)).toBe(true);
    expect(recognizer.slotExtractor.mayBeOnlySlotWords(['他', '没有', '注册'], userSlots)).toBe(false);
  });
});
