// Dialog tests as tables (core-bot's style): each step is what the user says and what the bot
// must answer, driven through DialogTestClient on the real recognizer and knowledge.
import { Activity, ConversationState, MemoryStorage } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { FaqRecognizer } from '../../bot/faqRecognizer';
import { KnowledgeBrowser } from '../../bot/knowledgeBrowser';
import { ReplyFactory } from '../../bot/replyFactory';
import { MainDialog, RecentQuestion } from '../../dialogs/mainDialog';
import { MemoryUsageLog } from '../../bot/usageLog';
import { projectModel } from '../helpers/projectModel';

const model = projectModel();
const recognizer = new FaqRecognizer(model);
const replies = new ReplyFactory(model);
const messages = model.messages.text;
const question = (slot: string): string => model.slots.get(slot)?.question ?? '';
const choices = (slot: string): string[] => model.slots.get(slot)?.choices.map((c) => c.title) ?? [];

/** What one bot reply must be: an answer with this kbId (saying, or not, some text), or a message that includes a text. */
type Expect = { kbId: string; says?: string; saysNot?: string } | { includes: string; excludes?: string; actions?: string[]; noKbId?: true };
type Step = [user: string, bot: Expect[]];

function check(reply: Partial<Activity> | undefined, expected: Expect, where: string): void {
  expect({ where, present: reply !== undefined }).toEqual({ where, present: true });
  const channelData = reply?.channelData as { kbId?: string } | undefined;
  if ('kbId' in expected) {
    expect({ where, kbId: channelData?.kbId }).toEqual({ where, kbId: expected.kbId });
    if (expected.says !== undefined) expect(reply?.text).toContain(expected.says);
    if (expected.saysNot !== undefined) expect(reply?.text).not.toContain(expected.saysNot);
    return;
  }
  expect({ where, kbId: channelData?.kbId }).toEqual({ where, kbId: undefined });
  expect(reply?.text).toContain(expected.includes);
  if (expected.excludes !== undefined) expect(reply?.text).not.toContain(expected.excludes);
  if (expected.actions) {
    const actions = reply?.suggestedActions?.actions ?? [];
    expect(actions.map((a) => a.type)).toEqual(expected.actions.map(() => 'imBack'));
    expect(actions.map((a) => a.value)).toEqual(expected.actions);
  }
}

const cases: { name: string; steps: Step[] }[] = [
  {
    name: 'a message that says who the user is gets the answer without a question',
    steps: [['我是法人，登录名和密码都忘了', [{ kbId: 'login.forgot-all.legal' }]]],
  },
  {
    name: 'a free-text answer to the clarifying question',
    steps: [
      ['登录名和密码全都想不起来了', [{ includes: question('userType'), actions: choices('userType') }]],
      ['我是个人用户', [{ kbId: 'login.forgot-all.natural' }]],
    ],
  },
  {
    // Alone, "登 进去" is nearest to 登录之后在哪办理; here it only repeats the question's own 登录.
    name: 'an answer that repeats words of the question asked is an answer, not a new question',
    steps: [
      ['高企怎么弄', [{ includes: question('role') }]],
      ['登进去是单位', [{ kbId: 'torch.hte-sme.legal' }]],
    ],
  },
  {
    // Read again from its last clause, the story named 单位账号: the role it states is none (two cancel out).
    name: 'a story read again from a part of it keeps the whole story\'s slots',
    steps: [
      ['我用的是个人账号登录，在火炬中心业务办理平台里面只能看到几项业务，统计调查那些都看不到，请问是不是得用单位账号', [{ includes: question('role') }]],
      ['自然人', [{ kbId: 'torch.other.natural' }]],
    ],
  },
  {
    name: 'an answer in English',
    steps: [
      ['forgot password', [{ includes: question('nameRemembered') }]],
      ['I remember my login name', [{ kbId: 'login.wrong-password' }]],
    ],
  },
  {
    name: 'a clicked choice',
    steps: [
      ['登录之后在哪修改密码', [{ includes: question('userType'), actions: choices('userType') }]],
      ['法人（单位）', [{ kbId: 'portal.change-password.legal' }]],
    ],
  },
  {
    name: 'two facts asked one after the other',
    steps: [
      ['忘记密码', [{ includes: question('nameRemembered'), actions: choices('nameRemembered') }]],
      ['登录名也忘了', [{ includes: question('userType') }]],
      ['单位的', [{ kbId: 'login.forgot-all.legal' }]],
    ],
  },
  {
    // Asked 自然人还是法人, a reply that asks something is read with the question: another question of the FAQ if
    // that reading is one as surely as a new question must be. A reply that asks nothing is still asked again.
    name: 'a question in reply to a clarifying question, read with the question before',
    steps: [
      ['申诉找回账号', [{ includes: question('userType') }]],
      ['需要多长时间', [{ kbId: 'appeal.how-long' }]],
      ['忘记密码', [{ includes: question('nameRemembered') }]],
      ['不是，我是验证码一直错', [{ kbId: 'login.captcha-error' }]],
    ],
  },
  {
    name: 'one reply may answer two questions at once',
    steps: [
      ['忘记密码', [{ includes: question('nameRemembered') }]],
      ['登录名也不记得了，我是法人', [{ kbId: 'login.forgot-all.legal' }]],
    ],
  },
  {
    name: 'a reply not understood is asked once more, then a way out is offered',
    steps: [
      ['火炬中心其他业务怎么办理', [{ includes: question('role') }]],
      ['嗯嗯嗯', [{ includes: messages.clarifyRetry.replace('{question}', question('role')) }]],
      ['不太清楚', [{
        includes: messages.clarifyGiveUp,
        actions: [model.knowledge.get('torch.other.legal')?.title ?? '', model.knowledge.get('torch.other.natural')?.title ?? ''],
      }]],
      [model.knowledge.get('torch.other.natural')?.title ?? '', [{ kbId: 'torch.other.natural' }]],
    ],
  },
  {
    name: 'a new question in the middle of a clarification is answered as a new question',
    steps: [
      ['登录之后在哪修改密码', [{ includes: question('userType') }]],
      ['法人授权时提示没有权限', [{ kbId: 'auth.no-permission' }]],
    ],
  },
  {
    name: '取消 ends the clarification',
    steps: [
      ['登录之后在哪修改密码', [{ includes: question('userType') }]],
      ['取消', [{ includes: messages.cancelled }]],
      ['取消', [{ includes: messages.nothingToCancel }]],
    ],
  },
  {
    name: '帮助 explains, then asks the same question again',
    steps: [
      ['登录之后在哪修改密码', [{ includes: question('userType') }]],
      ['帮助', [{ includes: messages.help }, { includes: question('userType') }]],
      ['自然人', [{ kbId: 'portal.change-password.natural' }]],
    ],
  },
  {
    name: '返回 goes back to the previous question',
    steps: [
      ['忘记密码', [{ includes: question('nameRemembered') }]],
      ['登录名也忘了', [{ includes: question('userType') }]],
      ['返回', [{ includes: question('nameRemembered') }]],
      ['记得', [{ kbId: 'login.wrong-password' }]],
    ],
  },
  {
    name: '重新开始 starts over with the welcome',
    steps: [
      ['忘记密码', [{ includes: question('nameRemembered') }]],
      ['重新开始', [{ includes: messages.restarted }, { includes: messages.welcome.slice(0, 10) }]],
    ],
  },
  {
    name: 'a question the FAQ does not answer gets an honest fallback and the way to a person',
    steps: [['今天天气怎么样', [{ includes: messages.fallback, noKbId: true }]]],
  },
  {
    name: 'a vague login problem is clarified by its symptom',
    steps: [
      ['登不上去了', [{ includes: question('loginProblem'), actions: choices('loginProblem') }]],
      ['提示验证码错误', [{ kbId: 'login.captcha-error' }]],
    ],
  },
  {
    name: 'an answer offers its related questions, and a click on one answers it',
    steps: [
      ['申诉找回要等多久', [{ kbId: 'appeal.how-long' }]],
      [model.knowledge.get('appeal.agent-who')?.title ?? '', [{ kbId: 'appeal.agent-who' }]],
    ],
  },
  {
    // Alone, 信用代码已经有了 is the 实名 question (已存在 is the FAQ's word there); after a question about 注册,
    // the 注册 one (below).
    name: 'a follow-up read after the previous question keeps its answer when that question agrees',
    steps: [
      ['实名认证的问题', [{ kbId: 'realname.how' }]],
      ['信用代码已经有了', [{ kbId: 'realname.credit-code-exists' }]],
    ],
  },
  {
    name: 'the same follow-up after another question gets that question\'s answer',
    steps: [
      ['注册的时候出问题了', [{ includes: messages.fallbackWithCandidates, noKbId: true }]],
      ['信用代码已经有了', [{ kbId: 'register.credit-code-taken' }]],
    ],
  },
  {
    // 审核中 is as much "how long" as "how to pass": the bot asks which.
    name: 'without a previous question a near-tie: the bot asks',
    steps: [['实名认证审核中', [{ includes: messages.didYouMean, noKbId: true }]]],
  },
  {
    // Alone it is the 实名 answer (the FAQ's own words), given although it lacks 实名认证, which
    // that answer requires; the previous question names 注册.
    name: 'an answer given without a word it requires yields to the previous question that names another',
    steps: [
      ['法人注册遇到问题', [{ includes: messages.userNoted, noKbId: true }]],
      ['提示单位名称已存在', [{ kbId: 'register.company-name-taken' }]],
    ],
  },
  {
    // Alone, "老是错" points nowhere; it leans to 验证码错误 among others, and goes on about the question before.
    name: 'a short message that points nowhere alone goes on about the previous question when it leans that way',
    steps: [
      ['验证码', [{ kbId: 'login.captcha-error' }]],
      ['老是错', [{ kbId: 'login.captcha-error' }]],
    ],
  },
  {
    // Read with the question before, "信用代码是对的" is nearest to 信用代码已存在: a remark is not that question.
    name: 'a remark after an answered question does not turn it into its neighbour',
    steps: [
      ['法人实名提示单位名称已存在', [{ kbId: 'realname.company-name-exists' }]],
      ['信用代码是对的', [{ includes: messages.fallbackWithCandidates, noKbId: true }]],
    ],
  },
  {
    name: 'after a topic word answered, a question about that topic is answered',
    steps: [
      ['出国培训', [{ kbId: 'abroad.which-account' }]],
      ['自然人账号提示没有权限', [{ kbId: 'abroad.no-permission' }]],
    ],
  },
  {
    // Alone, "提示没有权限" is the platform's 法人授权时提示没有权限: after a bare system name it is that system's.
    name: 'after a bare system name answered, a bare symptom is that system\'s',
    steps: [
      ['因公出国', [{ kbId: 'abroad.which-account' }]],
      ['提示没有权限', [{ kbId: 'abroad.no-permission' }]],
    ],
  },
  {
    // Alone, "换了谷歌也不行" was read as the 验证码 question ("换了几张图也不行"): after advice to change
    // browser, naming a browser goes on about the question advised.
    // Told the advice was followed ("换了谷歌也不行"), the answer says where to turn instead of advising Chrome again.
    name: 'naming a browser after an answer that advises another browser is about that answer',
    steps: [
      ['服务事项空白', [{ kbId: 'portal.services-blank', says: '请更换谷歌浏览器' }]],
      ['换了谷歌也不行', [{ kbId: 'portal.services-blank', says: '请输入“人工”', saysNot: '请更换谷歌浏览器' }]],
      ['重置密码失败', [{ kbId: 'reset.failed' }]],
      ['用的是IE', [{ kbId: 'reset.failed', says: '谷歌浏览器', saysNot: '请输入“人工”' }]],
      ['验证码错误', [{ kbId: 'login.captcha-error', says: '请尝试使用谷歌浏览器' }]],
      ['换了谷歌浏览器还是不行', [{ kbId: 'login.captcha-error', says: '您已经在使用谷歌浏览器', saysNot: '请尝试使用谷歌浏览器' }]],
      // Saying the advised browser is the one in use already is the advice followed too (vocabulary.inUse).
      ['服务事项空白', [{ kbId: 'portal.services-blank', says: '请更换谷歌浏览器' }]],
      ['我本来就用的谷歌', [{ kbId: 'portal.services-blank', says: '请输入“人工”', saysNot: '请更换谷歌浏览器' }]],
      // A browser typed with a typo (流览器) is a browser once corrected.
      ['人遗系统一直让选单位', [{ kbId: 'hgr.keeps-asking-company' }]],
      ['那用什么流览器', [{ kbId: 'hgr.keeps-asking-company' }]],
    ],
  },
  {
    // Alone, "在哪里操作" names nothing (it had been answered as 修改用户信息); after a question it asks that
    // question again (vocabulary.vague).
    name: 'a bare where ("在哪里操作", "在哪个菜单") asks nothing alone and the question before after it',
    steps: [
      ['在哪里操作', [{ includes: messages.fallbackWithCandidates, noKbId: true }]],
      ['修改授权', [{ kbId: 'auth.modify' }]],
      ['在哪里操作', [{ kbId: 'auth.modify' }]],
      ['给自然人授权', [{ kbId: 'auth.grant' }]],
      ['在哪个菜单', [{ kbId: 'auth.grant' }]],
      // Nor do doing words and 需要 name anything ("需要怎么操作", "请问怎么做" had been answered as 实名认证).
      ['再见', [{ kbId: 'chitchat.goodbye' }]],
      ['需要怎么操作', [{ includes: messages.fallbackWithCandidates, noKbId: true }]],
      ['请问怎么做', [{ includes: messages.fallbackWithCandidates, noKbId: true }]],
      ['修改授权', [{ kbId: 'auth.modify' }]],
      ['那需要怎么做', [{ kbId: 'auth.modify' }]],
    ],
  },
  {
    // A reply that opens with a correction (vocabulary.corrections) or thanks is read without it: what follows goes
    // on about the question before.
    name: 'a correction or thanks before a reply about the question just answered',
    steps: [
      ['登录名和密码都忘记了', [{ includes: question('userType') }]],
      ['法人', [{ kbId: 'login.forgot-all.legal' }]],
      ['不对，是自然人', [{ kbId: 'login.forgot-all.natural' }]],
      ['登录后在哪修改密码', [{ includes: question('userType') }]],
      ['法人', [{ kbId: 'portal.change-password.legal' }]],
      ['谢谢，那自然人呢', [{ kbId: 'portal.change-password.natural' }]],
    ],
  },
  {
    // A problem a browser solved (浏览器好了, vocabulary.solved), then another: the other is answered.
    name: 'one problem solved by a browser, then another',
    steps: [['验证码老是错，换了谷歌浏览器好了，进去以后服务事项却是空白的', [{ kbId: 'portal.services-blank' }]]],
  },
  {
    // A story of the former 外专 system's account, ending in what its appeal said: that account's answer, not the
    // platform's wrong password read from the story's end (login.wrong-password avoids 外国专家项目管理信息系统).
    name: 'a story of the former 外专 account read to its end',
    steps: [['你好，我之前在外专局的系统里申报过外国专家项目，那个系统的账号现在登录科技部的平台提示密码错误。我用登录名重置密码，'
      + '说没有预留手机号，然后申诉，收到短信说没有找到与证件匹配的账号，我该怎么办？', [{ kbId: 'expert.old-account-login' }]]],
  },
  {
    // A short question after an answer that, alone, points first to a question of the same subject: that
    // question, not a remark about the answer given.
    name: 'how long, after the way back was answered',
    steps: [
      ['申诉找回法人账号', [{ kbId: 'login.forgot-all.legal' }]],
      ['要几天', [{ kbId: 'appeal.how-long' }]],
    ],
  },
  {
    // One word after a question, answered alone only for being far ahead (not sure): read with the question.
    name: 'a time told after how long the review takes is that review\'s, not the appeal\'s',
    steps: [
      ['实名认证审核要多久', [{ kbId: 'realname.review-time' }]],
      ['已经两天了', [{ kbId: 'realname.review-time' }]],
    ],
  },
  {
    // A short statement after an answer, all of whose words that answer says ("他实名了": its first reason), tells
    // what of it holds already: the same answer, whose other step (the name, not the login name) remains.
    name: 'what of the answer holds already, told after it',
    steps: [
      ['授权的时候搜不到人', [{ kbId: 'auth.user-not-found' }]],
      ['他实名了', [{ kbId: 'auth.user-not-found' }]],
      // Not ending in 了: any statement without a question word ("我检索了，信息不存在": the answer's own case).
      ['注册最后一步乱码', [{ kbId: 'register.garbled' }]],
      ['我检索了，信息不存在', [{ kbId: 'register.garbled' }]],
      // A question is read as usual ("主代办人填谁" after the way back is who the 主代办人 may be).
      ['登录名和密码都忘了，我是法人', [{ kbId: 'login.forgot-all.legal' }]],
      ['主代办人填谁', [{ kbId: 'appeal.agent-who' }]],
    ],
  },
  {
    // Surprise at what the account shows (怎么是个人的) tells the role, over the company the story names: no question.
    name: 'a company whose account logs in as a person\'s, told in surprise',
    steps: [['企业以前在火炬报中小企评价，现在到政务服务平台登录，登进去怎么是个人的', [{ kbId: 'torch.hte-sme.natural' }]]],
  },
  {
    // The role asked, answered with who the user is in words the role has not (机构, 本人): the role they imply.
    name: 'the role asked, answered with who the user is',
    steps: [
      ['火炬中心其他业务怎么办', [{ includes: '角色是法人还是自然人', noKbId: true }]],
      ['机构', [{ kbId: 'torch.other.legal' }]],
    ],
  },
  {
    name: '…or 本人',
    steps: [
      ['高企认定在哪办理', [{ includes: '角色是法人还是自然人', noKbId: true }]],
      ['本人', [{ kbId: 'torch.hte-sme.natural' }]],
    ],
  },
  {
    // 显示成个人: what the system showed, after 成, is the role (natural), over the unit the user names.
    name: 'a unit\'s account shown as (显示成) a person\'s in the 高企 system',
    steps: [['为啥我们单位的账号在高企系统里显示成个人了？之前一直用的好好的', [{ kbId: 'torch.hte-sme.natural' }]]],
  },
  {
    // A pasted address says which site, not what its path spells (login) nor its host's parts (https, gov, cn).
    name: 'a report pasted with the page\'s address',
    steps: [['https://fuwu.most.gov.cn/login?redirect=%2Fhome 页面显示：重置密码后仍然提示登录名或密码错误', [{ kbId: 'reset.still-wrong' }]]],
  },
  {
    // 名字 alone is no question about the bot (chitchat.identity requires 什么名字, 名字叫 …): "名字也对" after the
    // answer whose second reason is the name says what of it holds, as "他实名了" does.
    name: 'what of the answer holds, told twice',
    steps: [
      ['授权时搜不到人', [{ kbId: 'auth.user-not-found' }]],
      ['他已经实名了', [{ kbId: 'auth.user-not-found' }]],
      ['名字也对', [{ kbId: 'auth.user-not-found' }]],
    ],
  },
  {
    // What follows a problem reported solved is read with the system the solved part named: the 外专 account's
    // password, not the platform's (alone, the part after 解决了 had been the platform's wrong password once a
    // runner-up ruled out stopped making a near-tie).
    name: 'after a problem solved, the next one in the same system',
    steps: [
      ['外专系统的实名已经解决了，现在老账号登录还是提示密码错误', [{ kbId: 'expert.old-account-login' }]],
    ],
  },
  {
    // A login name not known at all is no 登录名不存在 (reset.no-account-or-phone's notWhen), not even in the part after
    // 可是: the story's login name and password both forgotten, for a unit.
    name: 'a login name not known at all, in a story with a reset tried',
    steps: [
      ['前任走了，单位账号的登录名没人知道，密码也忘了。我点了忘记密码想用登录名重置，可是我连登录名都不知道，没法重置，怎么找回单位的账号',
        [{ kbId: 'login.forgot-all.legal' }]],
    ],
  },
  {
    // A question that goes on about the system named before is that system's, though alone it is nearer to the
    // platform's own: 实名 with an ID number 已存在 after an 外专 question is the 外专 one (its fourth candidate alone).
    name: 'a question going on about the system named before',
    steps: [
      ['外专系统以前的账号登录不上', [{ kbId: 'expert.old-account-login' }]],
      ['那实名的时候说身份证已存在呢', [{ kbId: 'expert.id-in-use' }]],
    ],
  },
  {
    // A password recovered by appeal (找回来的) and still refused is no first wrong password, nor a login to recover:
    // the reset that did not help is offered first.
    name: 'an account recovered by appeal, its password still refused',
    steps: [
      ['账号是申诉找回来的，结果还是进不去，说密码错', [{ includes: messages.fallbackWithCandidates, noKbId: true }]],
    ],
  },
  {
    // A correction with an interjection before it ("哦不对") takes back who the user said they were.
    name: 'a correction after an answer, with an interjection',
    steps: [
      ['登录之后在哪修改密码', [{ includes: question('userType'), actions: choices('userType') }]],
      ['自然人', [{ kbId: 'portal.change-password.natural' }]],
      ['哦不对，我是法人', [{ kbId: 'portal.change-password.legal' }]],
    ],
  },
  {
    // Asked a clarifying question, a reply that takes back the question ("说错了，是…") asks another one: answerable
    // is enough, as for a first message (not the higher rerouteThreshold).
    name: 'a clarifying question answered with a correction and another question',
    steps: [
      ['忘记密码', [{ includes: question('nameRemembered'), actions: choices('nameRemembered') }]],
      ['说错了，是密码过期了', [{ kbId: 'login.password-expired' }]],
    ],
  },
  {
    // A question abandoned by 取消 is forgotten: the next message is not read with it ("忘记密码，验证码错误" would ask
    // again whether the login name is remembered).
    name: 'after 取消 in a clarifying question, a new question is read alone',
    steps: [
      ['忘记密码', [{ includes: question('nameRemembered'), actions: choices('nameRemembered') }]],
      ['取消', [{ includes: messages.cancelled, noKbId: true }]],
      ['验证码错误', [{ kbId: 'login.captcha-error' }]],
    ],
  },
  {
    // A question that goes on in the system named before is that system's, though the question before, read with
    // it, would outweigh it; a statement of what was done is not read so.
    name: 'a question after one about a system is read in that system',
    steps: [
      ['外专系统实名提示证件已被使用', [{ kbId: 'expert.id-in-use' }]],
      ['老账号还能登录吗', [{ kbId: 'expert.old-account-login' }]],
    ],
  },
  {
    // A login name told remembered in words of one's own (记着) holds for the rest of the conversation: who the user
    // is, said after the answer, does not turn it into both forgotten.
    name: 'a login name told remembered stays remembered when the user type follows the answer',
    steps: [
      ['密码忘了', [{ includes: question('nameRemembered') }]],
      ['登录名记着呢', [{ kbId: 'login.wrong-password' }]],
      ['法人', [{ kbId: 'login.wrong-password' }]],
    ],
  },
  {
    // A question torn between candidates that each require what it leaves out is read with what the question before
    // named of that: the 证件号码 of the 注册 question, not its 注册 (the whole question before chose 注册 again).
    name: 'a question that leaves out its subject is read with the subject of the question before',
    steps: [
      ['注册显示证件号码已被注册', [{ kbId: 'register.id-taken' }]],
      ['如果是实名时显示已存在呢', [{ kbId: 'realname.id-exists' }]],
    ],
  },
  {
    // "您是想问以下问题吗？" with one question offered: a bare yes chooses it, as a click would; a no does not.
    name: 'a bare yes after one question offered is that question',
    steps: [
      ['重置密码页面一直卡着不动了', [{ includes: messages.fallbackWithCandidates, noKbId: true }]],
      ['是的', [{ kbId: 'reset.failed' }]],
      // Two offered: a yes says which of them no more than it did before.
      ['实名认证审核中', [{ includes: messages.didYouMean, noKbId: true }]],
      ['对', [{ includes: messages.fallback, noKbId: true }]],
    ],
  },
  {
    // Where the answer's message arrives is a detail of that answer (vocabulary.details: 手机号, 手机, 短信), not the
    // desk's phone numbers.
    name: 'which phone the result of an appeal goes to is asked of that answer',
    steps: [
      ['申诉找回要多久', [{ kbId: 'appeal.how-long' }]],
      ['会发到哪个手机', [{ kbId: 'appeal.how-long' }]],
    ],
  },
  {
    // A wrong password shown at login (提示登录名或者密码错误) is no role shown: the unit logs in as a 法人, not asked.
    name: 'a unit whose 高企 login says the login name or password is wrong is answered for the 法人',
    steps: [
      ['我们单位以前在火炬中心办过高企，现在用信用代码登录提示登录名或者密码错误', [{ kbId: 'torch.hte-sme.legal' }]],
    ],
  },
  {
    // A story's many words dilute its likeness to every question: far ahead, it is answered from longLeadThreshold.
    name: 'a long story far ahead of every other question is answered, not offered alone',
    steps: [
      ['在备份系统里查到了备份号，但是申报的时候一输进去就说不匹配，核对了一下发现两边的单位名称有一个括号不一样，是这个原因吗？', [{ kbId: 'hgr.backup-number-mismatch' }]],
    ],
  },
  {
    // 咋 asks as 怎 does ("咋办"): the question goes on in the system named before.
    name: 'a question asked with 咋 after one about a system is read in that system',
    steps: [
      ['外专的老账号登不上', [{ kbId: 'expert.old-account-login' }]],
      ['那身份证被占用了咋办', [{ kbId: 'expert.id-in-use' }]],
    ],
  },
  {
    // The materials asked for after the renamed unit's appeal are in its steps (复印件, 变更声明): that answer again.
    name: 'materials asked for after an answer that lists them get that answer again',
    steps: [
      ['单位改名了找回法人账号', [{ kbId: 'appeal.company-renamed' }]],
      ['要准备什么材料', [{ kbId: 'appeal.company-renamed' }]],
    ],
  },
  {
    // Asked whether it is the same for a user type (一样 is a userStatements word): that question again.
    name: 'whether the answer holds for a user type too',
    steps: [
      ['申诉找回大概要几天', [{ kbId: 'appeal.how-long' }]],
      ['法人的也一样吗', [{ kbId: 'appeal.how-long' }]],
    ],
  },
  {
    // Thanks or a request for a person while a question is asked are said to the bot, not about the question
    // (read with it they would still ask it): answered, the question dropped; who the user said they were holds.
    name: 'thanks or a request for a person in reply to a clarifying question',
    steps: [
      ['忘记密码', [{ includes: question('nameRemembered') }]],
      ['法人', [{ includes: question('nameRemembered') }]],
      ['谢谢', [{ kbId: 'chitchat.thanks' }]],
      ['登录名与密码都忘记了', [{ kbId: 'login.forgot-all.legal' }]],
      ['登录后在哪改密码', [{ kbId: 'portal.change-password.legal' }]],
      ['密码又忘了', [{ includes: question('nameRemembered') }]],
      ['我要找人工', [{ kbId: 'handoff.human' }]],
    ],
  },
  {
    // Alone, "怎么弄" points everywhere; after a question it asks that question again. Not after thanks.
    name: 'a bare "how" after a question asks that question again',
    steps: [
      ['人遗授权', [{ kbId: 'hgr.grant' }]],
      ['怎么弄', [{ kbId: 'hgr.grant' }]],
      ['谢谢', [{ kbId: 'chitchat.thanks' }]],
      ['那怎么办', [{ includes: messages.fallbackWithCandidates, noKbId: true }]],
    ],
  },
  {
    // "关于" says nothing: the first message is the bare system name (its questions offered), the second that system's question.
    name: 'after "about a system", a question is that system\'s',
    steps: [
      ['关于外专系统', [{ includes: messages.fallbackWithCandidates, noKbId: true }]],
      ['老账号登录不了，提示密码错误', [{ kbId: 'expert.old-account-login' }]],
    ],
  },
  {
    // Alone, "过期了" is 密码过期 and "一直不对" 密码错误: one word goes on about the question before.
    name: 'one word after an answered question is read with it',
    steps: [
      ['人遗授权', [{ kbId: 'hgr.grant' }]],
      ['过期了', [{ kbId: 'hgr.auth-expired' }]],
      ['验证码', [{ kbId: 'login.captcha-error' }]],
      ['一直不对', [{ kbId: 'login.captcha-error' }]],
    ],
  },
  {
    // Read with the question before, "那中小企评价呢" is 火炬中心其他业务 again; alone it is the 中小企评价 question,
    // which the question before shares no word with (a likeness of sound alone had let it go on about that one).
    name: 'one word that shares no word with the question before is not read with it',
    steps: [
      ['火炬中心其他业务怎么办', [{ includes: question('role') }]],
      ['自然人', [{ kbId: 'torch.other.natural' }]],
      ['那中小企评价呢', [{ kbId: 'torch.hte-sme.natural' }]],
    ],
  },
  {
    // The appeal's answer gives only a time (1-2个工作日): past it, the same answer helps nobody; the desk's contacts do.
    // 备份号不匹配 has a step still to check (the unit's name), and "已经两天了" is no wait over: both get their answer again.
    name: 'a wait longer than an answer\'s time gets the help desk\'s contacts',
    steps: [
      ['申诉找回要多久', [{ kbId: 'appeal.how-long' }]],
      ['要是超过时间了还没消息呢', [{ kbId: 'handoff.human' }]],
      ['实名认证人工审核要几天', [{ kbId: 'realname.review-time' }]],
      ['已经两天了', [{ kbId: 'realname.review-time' }]],
      ['备份号不匹配', [{ kbId: 'hgr.backup-number-mismatch' }]],
      ['已经一周了', [{ kbId: 'hgr.backup-number-mismatch' }]],
      ['都等了一个星期了', [{ kbId: 'hgr.backup-number-mismatch' }]],
      // Waited, and still nothing: the wait was one of the answer's steps, and the others are said not to help.
      ['项目提交后没有下载按钮', [{ kbId: 'hgr.no-download-button' }]],
      ['等了好久了还是没有', [{ kbId: 'handoff.human' }]],
      // Days counted are reckoned against the answer's working days, a weekend allowed where days are counted:
      // "已经三天了" after 1-2个工作日 is no wait over, "四个工作日了" is; an acknowledgement is thanks.
      ['申诉找回几天能好', [{ kbId: 'appeal.how-long' }]],
      ['已经三天了', [{ kbId: 'appeal.how-long' }]],
      ['好的我再等等', [{ kbId: 'chitchat.thanks' }]],
      ['申诉找回几天能好', [{ kbId: 'appeal.how-long' }]],
      ['都四个工作日了', [{ kbId: 'handoff.human' }]],
      // After an answer that counts no days (耐心等待), days counted and nothing yet are a wait over.
      ['项目提交后没有下载按钮', [{ kbId: 'hgr.no-download-button' }]],
      ['等了五天了还是没有', [{ kbId: 'handoff.human' }]],
      // Nothing but the wait, whatever it is nearest to alone (好久 of 好久没登录忘了密码).
      ['申诉找回要多久', [{ kbId: 'appeal.how-long' }]],
      ['好久了都', [{ kbId: 'handoff.human' }]],
      // A week said in another word (礼拜).
      ['上传证件审核要多久', [{ kbId: 'realname.review-time' }]],
      ['都两个礼拜了', [{ kbId: 'handoff.human' }]],
    ],
  },
  {
    // "怎么改" says one word beside one most questions share: alone it names a topic (修改 what?), and
    // after "密码过期了" it goes on about that question, as "过期了" does.
    name: 'one word and "how" is a topic alone, and goes on about an answered question',
    steps: [
      ['怎么改', [{ includes: messages.fallbackWithCandidates, noKbId: true }]],
      ['密码过期了', [{ kbId: 'login.password-expired' }]],
      ['怎么改', [{ kbId: 'login.password-expired' }]],
    ],
  },
  {
    // "我用的是法人账号" alone is nearest to 因公出国培训用法人还是自然人账号: it only says who the user is.
    name: 'who the user is, said with 用 after an answer, is read with the question before',
    steps: [
      ['高企在哪里申报，我登录后显示的是自然人', [{ kbId: 'torch.hte-sme.natural' }]],
      ['我用的是法人账号', [{ kbId: 'torch.hte-sme.natural' }]],
      // The account shows as a natural person's, as said: not asked again.
      ['火炬中心其他业务在哪办', [{ kbId: 'torch.other.natural' }]],
    ],
  },
  {
    // Alone, "要发到哪个邮箱" asks for the help desk's contacts; after an answer that gives a mailbox it asks that
    // answer's (vocabulary.details). "要几天" after 实名认证 is still the review time, a question of its own.
    name: 'a short question about a detail of the answer just given is answered with that answer again',
    steps: [
      ['单位名称变更后人遗项目丢失了', [{ kbId: 'hgr.projects-lost-after-rename' }]],
      ['要发到哪个邮箱', [{ kbId: 'hgr.projects-lost-after-rename' }]],
      // A second detail is still about that answer.
      ['需要准备什么材料', [{ kbId: 'hgr.projects-lost-after-rename' }]],
      ['员工离职项目怎么移送', [{ kbId: 'hgr.transfer-projects' }]],
      ['需要盖章吗', [{ kbId: 'hgr.transfer-projects' }]],
      ['实名认证', [{ kbId: 'realname.how' }]],
      ['要几天', [{ kbId: 'realname.review-time' }]],
      // Or that names only what the answer names (去注册界面检索信息是否存在).
      ['注册最后一步乱码', [{ kbId: 'register.garbled' }]],
      ['在哪检索信息', [{ kbId: 'register.garbled' }]],
      // Not a yes or no the answer does not give.
      ['如何修改授权', [{ kbId: 'auth.modify' }]],
      ['能批量改吗', [{ includes: messages.fallback, noKbId: true }]],
    ],
  },
  {
    // Done what the answer says (its words: 进入一次), still failing: the contacts. An answer with a browser step
    // left (验证码: 谷歌浏览器) is given again instead.
    name: 'the problem persisting after what the answer says was done gets the contacts, unless a browser step is left',
    steps: [
      ['法人授权时提示没有权限', [{ kbId: 'auth.no-permission' }]],
      ['进过一次了还是不行', [{ kbId: 'handoff.human' }]],
      ['验证码一直错误', [{ kbId: 'login.captcha-error' }]],
      ['换了几次图片还是不行', [{ kbId: 'login.captcha-error' }]],
      // 还是没有 is the problem persisting too: the answer said to wait (耐心等待), and the user did.
      ['人遗项目提交后没有下载按钮', [{ kbId: 'hgr.no-download-button' }]],
      ['等了很久还是没有', [{ kbId: 'handoff.human' }]],
    ],
  },
  {
    name: 'alone, a question for a mailbox is the help desk\'s contacts',
    steps: [['要发到哪个邮箱', [{ kbId: 'handoff.human' }]]],
  },
  {
    // 登录名与密码都忘记了 avoids 变更 (the renamed unit has its own way back): the reply makes it another question,
    // read anew rather than answered as first asked (it had been answered for a 法人).
    name: 'a reply to a clarifying question that adds what rules the question out is read anew',
    steps: [
      ['登录名与密码都忘记了', [{ includes: question('userType'), noKbId: true }]],
      // Read anew, with the question: a renamed unit's way back to its account.
      ['法人，单位改过名字', [{ kbId: 'appeal.company-renamed' }]],
    ],
  },
  {
    // Typed instead of clicked: the button of that place (法人 first for the role, second for the user type).
    name: 'a clarifying question is answered by the place of a choice ("第一个", "2")',
    steps: [
      ['火炬中心其他业务怎么办理', [{ includes: question('role'), noKbId: true }]],
      ['第一个', [{ kbId: 'torch.other.legal' }]],
      ['登录名与密码都忘记了', [{ includes: question('userType'), noKbId: true }]],
      ['2', [{ kbId: 'login.forgot-all.legal' }]],
    ],
  },
  {
    name: 'an account named in reply to the role question answers it (企业账号: 法人)',
    steps: [
      ['火炬中心其他业务在哪办', [{ includes: question('role'), noKbId: true }]],
      ['其实是企业账号', [{ kbId: 'torch.other.legal' }]],
    ],
  },
  {
    name: 'a why after an answer is not a goodbye',
    steps: [
      ['密码过期', [{ kbId: 'login.password-expired' }]],
      ['为什么会这样', [{ includes: messages.fallback, noKbId: true }]],
    ],
  },
  {
    name: 'a short message that does not lean to the previous question is not answered with it',
    steps: [
      ['验证码', [{ kbId: 'login.captcha-error' }]],
      ['今天几号', [{ includes: messages.fallback, noKbId: true }]],
    ],
  },
  {
    name: 'an acknowledgement after an answer is taken as thanks, not refused',
    steps: [
      ['验证码错误', [{ kbId: 'login.captcha-error' }]],
      ['好的', [{ kbId: 'chitchat.thanks' }]],
    ],
  },
  {
    name: 'a previous question never makes an out-of-scope message answerable',
    steps: [
      ['实名认证的问题', [{ kbId: 'realname.how' }]],
      ['今天天气怎么样', [{ includes: messages.fallback, noKbId: true }]],
    ],
  },
  {
    // As a whole a near-tie of 服务事项空白 and 实名认证; the part after 但是 states the problem.
    name: 'a story that is a near-tie is decided by its part after the contrast word',
    steps: [['实名认证已经通过了，但是服务事项还是空的', [{ kbId: 'portal.services-blank' }]]],
  },
  {
    // The part after 但是 alone ("还提示错误") would not say which error: the whole message does.
    name: 'a clear message with a contrast word is read whole',
    steps: [['验证码输对了，但是还提示错误', [{ kbId: 'login.captcha-error' }]]],
  },
  {
    name: 'who the user is, said after "您是想问", is read with the question before it',
    steps: [
      ['登录名密码', [{ includes: messages.didYouMean, noKbId: true }]],
      ['法人', [{ kbId: 'login.forgot-all.legal' }]],
    ],
  },
  {
    // Alone, and read with "法人", the question is not sure enough to answer; of what it offered, only
    // 登录后在哪修改密码 asks 法人 or 自然人 (找回密码 asks first whether the login name is remembered): "法人"
    // answers that question. (火炬 questions once served here; 火炬 alone is now the 火炬中心 and answered.)
    name: 'who the user is, said after "您是想问", chooses the one question offered that asks it',
    steps: [
      ['密码', [{ includes: messages.fallbackWithCandidates, noKbId: true }]],
      ['法人', [{ kbId: 'portal.change-password.legal' }]],
    ],
  },
  {
    // As a whole it is 登录不上 (which asks which problem); after 可是 it names the problem: 验证码.
    name: 'a story whose part after the contrast word names the very problem of the whole is answered with it',
    steps: [['你好，我登录政务服务平台，账号和密码都是对的，可是验证码每次输进去都说不正确，刷新了好几次图片还是不行，请问怎么解决？',
      [{ kbId: 'login.captcha-error' }]]],
  },
  {
    // Taking an authorisation back (收回) is changing it: auth.modify, not 修改用户信息.
    name: 'changing an authorisation given is not editing the profile (权限 with 修改)',
    steps: [['你好，我是单位的账号管理员，上个月给一个同事开了平台的业务权限，现在他调岗了，我想把他的权限改掉或者收回来，在哪里操作？',
      [{ kbId: 'auth.modify' }]]],
  },
  {
    // As a whole the pasted 登录名或密码错误 wins; after 结果 the story is about 无预留手机号.
    name: 'a story whose part after the contrast word is about another question asks which one',
    steps: [['你好，我之前注册过账号，好久没用了，现在登录提示登录名或密码错误，我点了忘记密码用登录名重置，结果说没有预留手机号，我该怎么办',
      [{ includes: messages.didYouMean, noKbId: true }]]],
  },
  {
    // An authorisation done (授权完了: auth.grant avoids it) and a grey 新建 button: the 新建项目 question.
    // (Until auth.grant avoided an authorisation done, its 授权 clause won and the part after 现在 was offered beside it.)
    name: 'an authorisation done and the 新建 button grey is the 新建项目 question',
    steps: [['给自然人授权完了，角色勾的是查看，现在他那边新建按钮是灰的', [{ kbId: 'hgr.cannot-create-project' }]]],
  },
  {
    // 新建不了项目 = 不能新建项目: the symptom is named, the story is the 新建项目 question.
    name: 'a story that names its symptom after the contrast word is answered with it',
    steps: [['给自然人授权完了，角色勾的是查看，现在他新建不了项目', [{ kbId: 'hgr.cannot-create-project' }]]],
  },
  {
    // After 现在 / 却 the part leaves out what the whole's answer requires (外专, 验证码): it says its problem
    // of the same subject, and does not speak against the answer.
    name: 'a part after the contrast word that leaves out the subject of the whole\'s answer leaves the answer',
    steps: [
      ['以前外专系统的账号现在登不上，提示密码错误', [{ kbId: 'expert.old-account-login' }]],
      ['输入的验证码明明对的却说不对', [{ kbId: 'login.captcha-error' }]],
    ],
  },
  {
    // After 但是 the story is torn between 单位名称已被注册 and its own answer: it does not speak against it.
    name: 'a part after the contrast word that is torn between another question and the whole\'s answer leaves the answer',
    steps: [['注册的时候信用代码说已经被注册了，但是单位名称没被注册过', [{ kbId: 'register.credit-code-taken' }]]],
  },
  {
    // Alone, "要等几天" is torn between the appeal's wait and the review's: after "您是想问" it says which of the two is meant.
    name: 'a short reply to "您是想问" chooses among the questions offered, read with the question before it',
    steps: [
      ['实名认证审核中', [{ includes: messages.didYouMean, noKbId: true }]],
      ['要等几天', [{ kbId: 'realname.review-time' }]],
    ],
  },
  {
    // Alone, "注册的时候" is nearest to 证件号码已被注册 or 注册乱码; after a question it says when that happened.
    name: 'a message that only says when is read with the question before it (vocabulary.circumstances)',
    steps: [
      ['单位名称已存在', [{ kbId: 'realname.company-name-exists' }]],
      ['注册的时候', [{ kbId: 'register.company-name-taken' }]],
    ],
  },
  {
    // "要等几天" alone names no review (实名 review-time requires 审核 / 认证 / 证件 / 上传 as well as a time
    // word), and answers no "自然人还是法人": read with the question it refines, it is how long the appeal takes.
    name: 'a reply that refines the question instead of answering the clarifying question is read with it',
    steps: [
      ['申诉的问题', [{ includes: question('userType') }]],
      ['要等几天', [{ kbId: 'appeal.how-long' }]],
    ],
  },
  {
    // Alone, "密码也忘了" is the 忘记密码 question; after "忘记登录名了" it makes that question 登录名和密码都忘了.
    name: 'a reply that adds to the question it answers is no new question: the bot asks again, as at first',
    steps: [
      ['忘记登录名了', [{ includes: question('userType') }]],
      ['密码也忘了', [{ includes: question('userType'), excludes: messages.clarifyRetry.replace('{question}', '') }]],
      ['单位账号', [{ kbId: 'login.forgot-all.legal' }]],
    ],
  },
  {
    // 主代办人 also says 法人, the answer asked for; the reply as a whole asks who the 主代办人 should be.
    name: 'a reply that answers the clarifying question with a word of another question asks that question',
    steps: [
      ['申诉的问题', [{ includes: question('userType') }]],
      ['主代办人填谁', [{ kbId: 'appeal.agent-who' }]],
    ],
  },
  {
    // Alone, "怎么授权给员工" is the platform's own 授权 question; "人遗" offered three of its questions, not this one.
    name: 'a question after a bare topic word is asked about that topic',
    steps: [
      ['人遗', [{ includes: messages.fallbackWithCandidates, noKbId: true }]],
      ['怎么授权给员工', [{ kbId: 'hgr.grant' }]],
    ],
  },
  {
    // A follow-up goes on from the question as the replies to the bot's questions made it: 验证码, not 登录不上.
    name: 'after a question clarified, a follow-up is about the question as clarified',
    steps: [
      ['登录不上', [{ includes: question('loginProblem') }]],
      ['验证码错误', [{ kbId: 'login.captcha-error' }]],
      ['换了谷歌还是不行', [{ kbId: 'login.captcha-error', says: '您已经在使用谷歌浏览器' }]],
      ['忘记密码', [{ includes: question('nameRemembered') }]],
      ['记得', [{ kbId: 'login.wrong-password' }]],
      // Who the user is, said after an answer, adds to the question answered.
      ['法人', [{ kbId: 'login.wrong-password' }]],
    ],
  },
  {
    // 主代办人 is a word of who the user is (法人), but asked about ("…呢") it is the question of that word.
    name: 'a word of who the user is, asked about with 呢, is its question',
    steps: [
      ['申诉找回要多久', [{ kbId: 'appeal.how-long' }]],
      ['主代办人呢', [{ kbId: 'appeal.agent-who' }]],
    ],
  },
  {
    // Read whole, "不对，是登录不进去" is 登录 + 错误 (不对 is a word of 错误): the correction is set aside first.
    name: 'a correction opening a reply is set aside, whatever the whole would be read as',
    steps: [
      ['服务事项空白', [{ kbId: 'portal.services-blank' }]],
      ['不对，是登录不进去', [{ includes: question('loginProblem') }]],
    ],
  },
  {
    // 信息 and 提供 are details an answer gives: asked right after it, they ask that answer again.
    name: 'which information to give, asked after an answer that lists it, is that answer',
    steps: [
      ['单位改名人遗项目丢了', [{ kbId: 'hgr.projects-lost-after-rename' }]],
      ['要提供哪些信息', [{ kbId: 'hgr.projects-lost-after-rename' }]],
    ],
  },
  {
    // What is reported solved is no question: what follows it is; with nothing asked after it, the message closes.
    name: 'a problem reported solved, then another: the other is answered; solved and thanks: thanks',
    steps: [
      ['验证码的问题解决了，现在是密码错误', [{ kbId: 'login.wrong-password' }]],
      ['密码重置好了也能登录了，就是不知道在哪修改手机号', [{ kbId: 'portal.edit-profile' }]],
      ['备份号已经匹配上了，谢谢你们', [{ kbId: 'chitchat.thanks' }]],
    ],
  },
  {
    // 实名认证 is a topic word, but "怎么实名认证" had an answer: thanks after it is thanks, another question is that question.
    name: 'thanks or another question after a topic word that was answered is not read as that topic',
    steps: [
      ['怎么实名认证', [{ kbId: 'realname.how' }]],
      ['谢谢', [{ kbId: 'chitchat.thanks' }]],
      ['怎么实名认证', [{ kbId: 'realname.how' }]],
      ['怎么授权', [{ kbId: 'auth.grant' }]],
    ],
  },
  {
    name: 'an appeal that cannot be submitted is not answered with how long an appeal takes',
    steps: [['申诉提交不了', [{ includes: messages.didYouMean, noKbId: true }]]],
  },
  {
    // The answer did not help: the FAQ's contacts, not the same answer again or a guess from 还是.
    name: 'a reply that says the problem persists after an answer gets the help desk\'s contacts',
    steps: [
      ['验证码错误', [{ kbId: 'login.captcha-error' }]],
      ['试了还是不行', [{ kbId: 'handoff.human' }]],
    ],
  },
  {
    // Alone, "那提示没权限呢" is the platform's 法人授权没有权限; the conversation is about 出国培训.
    name: 'a question of the platform in general after a question of a system is that system\'s twin question',
    steps: [
      ['出国培训用哪个账号', [{ kbId: 'abroad.which-account' }]],
      ['那提示没权限呢', [{ kbId: 'abroad.no-permission' }]],
    ],
  },
  {
    // A system named after an answer says which system the question was about: no remark to ignore.
    name: 'a reply that names the system refines the answered question to that system',
    steps: [
      ['怎么给自然人授权', [{ kbId: 'auth.grant' }]],
      ['是人遗系统的', [{ kbId: 'hgr.grant' }]],
    ],
  },
  {
    // A company logs in as a 法人, a person as a 自然人 (role impliedBy userType): not asked which role the
    // account shows. What the system showed, when said, decides (tests/bot/slotExtractor.test.ts).
    name: 'who the user is says the account\'s role',
    steps: [
      ['我们企业要办火炬中心的其他业务', [{ kbId: 'torch.other.legal' }]],
      ['火炬中心别的业务个人怎么办', [{ kbId: 'torch.other.natural' }]],
    ],
  },
  {
    // "自然人", said for 高企, holds for the conversation's later questions: 火炬统计调查 is not asked again. What a
    // question says of others ("给个人账号授权") is not who the user is: 修改密码 asks.
    name: 'who the user is, once said, is not asked again in the conversation',
    steps: [
      ['高企认定和中小企评价怎么办理', [{ includes: question('role') }]],
      ['自然人', [{ kbId: 'torch.hte-sme.natural' }]],
      ['那火炬统计调查呢', [{ kbId: 'torch.other.natural' }]],
      ['怎么给个人账号授权', [{ kbId: 'auth.grant' }]],
      ['登录后在哪修改密码', [{ includes: question('userType') }]],
    ],
  },
  {
    // The user is a 法人; the question is about an employee's password (vocabulary.others): asked, not assumed.
    name: 'who the user is does not answer a question about someone else',
    steps: [
      ['我是法人用户', [{ includes: messages.userNoted, noKbId: true }]],
      ['员工自己的密码登录后在哪改', [{ includes: question('userType') }]],
      ['自然人', [{ kbId: 'portal.change-password.natural' }]],
      // The 自然人 was the employee: the user is still the 法人 they said they were.
      ['登录名和密码都忘了', [{ kbId: 'login.forgot-all.legal' }]],
    ],
  },
  {
    // Read with "我是法人", the question would take its 法人; it is about a colleague's account.
    name: 'who the user is, said just before, does not answer a question about someone else either',
    steps: [
      ['我是法人', [{ includes: messages.fallbackWithCandidates, noKbId: true }]],
      ['同事的账号密码忘了怎么找回', [{ includes: question('userType') }]],
    ],
  },
  {
    // No question yet, and no candidate for 用户 (授权); who the user is holds for the question that follows.
    name: 'a message that only says who the user is asks for the problem, and the next question is answered for that user',
    steps: [
      ['我是法人用户', [{ includes: messages.userNoted, noKbId: true }]],
      ['密码忘了，登录名也忘了', [{ kbId: 'login.forgot-all.legal' }]],
    ],
  },
  {
    // The question's own words win for it; a conversation that has said both 个人 and 单位 asks again.
    name: 'who the user said they were gives way to the question\'s own words, and a contradiction is asked again',
    steps: [
      ['我是个人用户', [{ includes: messages.userNoted, noKbId: true }]],
      ['单位账号登录后在哪修改密码', [{ kbId: 'portal.change-password.legal' }]],
      ['登录后在哪修改密码', [{ includes: question('userType') }]],
    ],
  },
  {
    // "法人" after the answer reads as 忘记密码 again: what the user already said (记得) is not asked again.
    name: 'a reply after a clarified answer keeps what the clarifying questions established',
    steps: [
      ['忘记密码', [{ includes: question('nameRemembered') }]],
      ['记得', [{ kbId: 'login.wrong-password' }]],
      ['法人', [{ kbId: 'login.wrong-password' }]],
    ],
  },
  {
    name: 'a number typed after "您是想问" picks that choice',
    steps: [
      ['实名认证审核中', [{ includes: messages.didYouMean, noKbId: true }]],
      ['第二个', [{ kbId: 'realname.review-time' }]],
    ],
  },
  {
    name: 'a new question after "您是想问" is read as one',
    steps: [
      ['实名认证审核中', [{ includes: messages.didYouMean, noKbId: true }]],
      ['验证码一直错误', [{ kbId: 'login.captcha-error' }]],
      ['2', [{ includes: messages.fallback, noKbId: true }]],
    ],
  },
  {
    name: '已被注册 keeps its 注册 (traditional characters): the register question, not the 实名 one',
    steps: [['單位名稱已被註冊', [{ kbId: 'register.company-name-taken' }]]],
  },
];

describe('MainDialog', () => {
  test.each(cases)('$name', async ({ steps }) => {
    const state = new ConversationState(new MemoryStorage());
    const dialog = new MainDialog(recognizer, replies, new MemoryUsageLog(), new KnowledgeBrowser(model), state.createProperty<RecentQuestion>('RecentQuestion'));
    const client = new DialogTestClient('test', dialog, undefined, [], state);
    for (const [i, [user, expectedReplies]] of steps.entries()) {
      const first = (await client.sendActivity(user)) as Partial<Activity>;
      for (const [j, expected] of expectedReplies.entries()) {
        const reply = j === 0 ? first : client.getNextReply();
        check(reply, expected, `step ${i + 1} ('${user}'), reply ${j + 1}`);
      }
      expect({ step: i + 1, extraReply: client.getNextReply()?.text }).toEqual({ step: i + 1, extraReply: undefined });
    }
  });

  test('answers carry kbId, intent and score, and related questions as imBack actions', async () => {
    const client = new DialogTestClient('test', new MainDialog(recognizer, replies, new MemoryUsageLog(), new KnowledgeBrowser(model)));
    const reply = (await client.sendActivity("备份号对不上")) as Partial<Activity>;
    expect(reply.channelData).toMatchObject({ kbId: 'hgr.backup-number-mismatch', intent: 'hgr.backup-number-mismatch', source: '二 9' });
    expect((reply.channelData as { score: number }).score).toBeGreaterThan(0);
    expect((reply.channelData as { score: number }).score).toBeLessThanOrEqual(1);
    const related = model.knowledge.get('hgr.backup-number-mismatch')?.related.map((id) => model.knowledge.get(id)?.title);
    expect(reply.suggestedActions?.actions.map((a) => a.value)).toEqual(related);
    expect(reply.text).toContain('https://202.108.211.75');
  });
});

describe('MainDialog when two questions are equally close', () => {
  // Two intents with the same way of asking and different answers: a real ambiguity.
  const twins = {
    ...model,
    intents: [
      ...model.intents,
      { id: 'twin.grant', title: '双生问题甲：授权', ask: [], answers: [{ when: {}, answer: 'auth.grant' }], implies: {}, requires: [], topic: [], avoids: [], notWhen: {}, takesUnsolved: false, takesSolved: false, examples: ['量子纠缠授权请教'], file: 'test' },
      { id: 'twin.modify', title: '双生问题乙：修改授权', ask: [], answers: [{ when: {}, answer: 'auth.modify' }], implies: {}, requires: [], topic: [], avoids: [], notWhen: {}, takesUnsolved: false, takesSolved: false, examples: ['量子纠缠授权请教'], file: 'test' },
    ],
  };
  const twinRecognizer = new FaqRecognizer(twins);
  const twinReplies = new ReplyFactory(twins);

  test('asks "您是想问" with both as choices and "都不是"; a click answers', async () => {
    const client = new DialogTestClient('test', new MainDialog(twinRecognizer, twinReplies, new MemoryUsageLog(), new KnowledgeBrowser(twins)));
    const ask = (await client.sendActivity('量子纠缠授权请教')) as Partial<Activity>;
    expect(ask.text).toBe(messages.didYouMean);
    expect((ask.channelData as { kbId?: string } | undefined)?.kbId).toBeUndefined();
    expect(ask.suggestedActions?.actions.map((a) => a.value).sort()).toEqual(['双生问题乙：修改授权', '双生问题甲：授权', messages.noneOfThese].sort());
    const answer = (await client.sendActivity('双生问题乙：修改授权')) as Partial<Activity>;
    expect((answer.channelData as { kbId: string }).kbId).toBe('auth.modify');
  });
});
