// One message is read by several stages of a turn (the interrupt check, the command parser, slot
// extraction, the recognizer), each normalising it again. A pure string → value function that
// remembers its few most recent results does that work once; a handful is enough because the
// repeats come within one turn, and a handful never grows.

/** Wraps a pure function of a string so its `size` most recent results are reused. */
export function rememberRecent<T>(fn: (text: string) => T, size = 4): (text: string) => T {
  const keys: string[] = [];
  const values: T[] = [];
  let next = 0;
  return (text: string): T => {
    const i = keys.indexOf(text);
    if (i >= 0) return values[i];
    const value = fn(text);
    keys[next] = text;
    values[next] = value;
    next = (next + 1) % size;
    return value;
  };
}
