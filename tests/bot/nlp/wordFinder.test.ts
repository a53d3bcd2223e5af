import { WordFinder } from '../../../bot/nlp/wordFinder';

describe('WordFinder', () => {
  const finder = new WordFinder(['一个人', '人遗', '人遗系统', '系统提示', '提示', '人工', 'chrome'], new Set(['一个人']));

  test('finds the leftmost word, longest first, none overlapping', () => {
    expect(finder.find('人遗系统提示错误')).toEqual([{ start: 0, word: '人遗系统' }, { start: 4, word: '提示' }]);
  });

  test('a word kept only to hide its part gives way to a word that overlaps it', () => {
    expect(finder.find('我有一个人遗项目')).toEqual([{ start: 4, word: '人遗' }]);
    expect(finder.split('给我一个人工的电话')).toEqual(['给我一个', '人工', '的电话']);
  });

  test('a hiding word that nothing overlaps stays', () => {
    expect(finder.find('一个人办')).toEqual([{ start: 0, word: '一个人' }]);
  });

  test('replace and split agree with what was found; Latin words only whole', () => {
    expect(finder.replace('用chrome提示', (w) => `[${w}]`)).toBe('用[chrome]提示'.replace('提示', '[提示]'));
    expect(finder.replace('chromebook', (w) => `[${w}]`)).toBe('chromebook');
    expect(finder.split('没有')).toEqual(['没有']);
  });
});
