import { planAnswer, relevantSlots } from '../../bot/answerPlanner';
import { IntentDefinition } from '../../bot/model';

const forgot: IntentDefinition = {
  id: 'forgot', title: '忘记密码', ask: ['nameRemembered', 'userType'], implies: {}, requires: [], topic: [], avoids: [], notWhen: {}, takesUnsolved: false, takesSolved: false, examples: ['x'], file: 't.yaml',
  answers: [
    { when: { nameRemembered: 'yes' }, answer: 'wrong-password' },
    { when: { nameRemembered: 'no', userType: 'natural' }, answer: 'all.natural' },
    { when: { nameRemembered: 'no', userType: 'legal' }, answer: 'all.legal' },
  ],
};

describe('planAnswer', () => {
  test.each([
    ['nothing known: ask the first slot', {}, { kind: 'ask', slot: 'nameRemembered' }],
    ['the user type alone does not settle it', { userType: 'legal' }, { kind: 'ask', slot: 'nameRemembered' }],
    ['one fact settles the first rule', { nameRemembered: 'yes' }, { kind: 'answer', answerId: 'wrong-password' }],
    ['a fact the chosen rule does not need is ignored', { nameRemembered: 'yes', userType: 'legal' }, { kind: 'answer', answerId: 'wrong-password' }],
    ['only the still-open slot is asked', { nameRemembered: 'no' }, { kind: 'ask', slot: 'userType' }],
    ['both known', { nameRemembered: 'no', userType: 'natural' }, { kind: 'answer', answerId: 'all.natural' }],
    ['a value no rule has', { nameRemembered: 'maybe' }, { kind: 'none' }],
  ])('%s', (_name, known, expected) => {
    expect(planAnswer(forgot, known)).toEqual(expected);
  });

  test('an intent with a single answer answers at once', () => {
    const single: IntentDefinition = { ...forgot, ask: [], answers: [{ when: {}, answer: 'only' }] };
    expect(planAnswer(single, {})).toEqual({ kind: 'answer', answerId: 'only' });
  });

  test('implied values count as known and win over stated ones', () => {
    const implied: IntentDefinition = { ...forgot, implies: { nameRemembered: 'no' } };
    expect(relevantSlots(implied, { nameRemembered: 'yes', role: 'legal' })).toEqual({ nameRemembered: 'no' });
    expect(planAnswer(implied, { userType: 'legal' })).toEqual({ kind: 'answer', answerId: 'all.legal' });
  });
});
