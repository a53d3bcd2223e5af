import { createLogger, tagRequest, turnLogger } from '../../bot/logger';

function capture(): { lines: Record<string, unknown>[]; write: (l: string) => void } {
  const lines: Record<string, unknown>[] = [];
  return { lines, write: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) };
}

describe('logger', () => {
  it('gives a turn the request id its activity came with, and only that turn', () => {
    const { lines, write } = capture();
    const logger = createLogger('info', write);
    const tagged = { type: 'message', text: 'a' };
    const other = { type: 'message', text: 'b' };
    tagRequest(tagged, 'req-1');
    turnLogger(logger, tagged).info('message');
    turnLogger(logger, other).info('message');
    logger.info('plain');
    expect(lines.map((l) => l.requestId)).toEqual(['req-1', undefined, undefined]);
  });

  it('masks personal data in a child logger\'s fields but never alters the request id', () => {
    const { lines, write } = capture();
    const child = createLogger('info', write).child({ requestId: '13812345678', user: '手机13812345678' });
    child.warn('x', { note: '身份证110101199003077777' });
    expect(lines[0].requestId).toBe('13812345678');
    expect(JSON.stringify(lines[0])).not.toContain('110101199003077777');
    expect(String(lines[0].user)).not.toContain('13812345678');
  });

  it('writes nothing below its level, children included', () => {
    const { lines, write } = capture();
    createLogger('warn', write).child({ requestId: 'r' }).info('quiet');
    expect(lines).toHaveLength(0);
  });
});
