import { rememberRecent } from '../../../bot/nlp/recentResults';

describe('rememberRecent', () => {
  it('computes a repeated text once and gives the same result', () => {
    const calls: string[] = [];
    const upper = rememberRecent((t: string) => { calls.push(t); return t.toUpperCase(); });
    expect(upper('ab')).toBe('AB');
    expect(upper('ab')).toBe('AB');
    expect(upper('cd')).toBe('CD');
    expect(upper('ab')).toBe('AB');
    expect(calls).toEqual(['ab', 'cd']);
  });

  it('keeps only its most recent results', () => {
    const calls: string[] = [];
    const same = rememberRecent((t: string) => { calls.push(t); return t; }, 2);
    for (const t of ['a', 'b', 'c', 'a']) same(t);
    // 'a' was pushed out by 'c' and is computed again.
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
