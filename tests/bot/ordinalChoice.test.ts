import { chosenIndex } from '../../bot/ordinalChoice';

describe('chosenIndex', () => {
  test.each([
    ['1', 3, 0],
    ['２', 3, 1],
    ['第二个', 3, 1],
    ['选第3条', 3, 2],
    ['第一个吧', 2, 0],
    ['最后一个', 3, 2],
    ['两', 2, 1],
  ])('%s of %i choices → %i', (text, count, index) => {
    expect(chosenIndex(text, count)).toBe(index);
  });

  test.each([
    ['beyond the choices', '4', 3],
    ['no choices offered', '1', 0],
    ['a question', '第一个问题怎么办', 3],
    ['a number in a question', '1个工作日能审核完吗', 3],
    ['a phone number', '13800138000', 3],
    ['zero', '0', 3],
  ])('not a pick: %s', (_name, text, count) => {
    expect(chosenIndex(text, count)).toBeUndefined();
  });
});
