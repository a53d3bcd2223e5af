// Decides, from an intent and the slot values known so far, whether the answer is settled
// or which fact to ask next. The rules come from intents/*.yaml; this is only how they apply.
import { IntentDefinition, SlotValues } from './model';

export type Plan =
  | { kind: 'answer'; answerId: string }
  | { kind: 'ask'; slot: string }
  /** The known values contradict every rule: no answer of this intent fits. */
  | { kind: 'none' };

function consistent(when: SlotValues, known: SlotValues): boolean {
  return Object.entries(when).every(([slot, value]) => known[slot] === undefined || known[slot] === value);
}

function complete(when: SlotValues, known: SlotValues): boolean {
  return Object.entries(when).every(([slot, value]) => known[slot] === value);
}

/** Only the slots the intent asks about, with its own implied values on top of the known ones. */
export function relevantSlots(intent: IntentDefinition, known: SlotValues): SlotValues {
  const out: SlotValues = {};
  for (const slot of intent.ask) {
    if (known[slot] !== undefined) out[slot] = known[slot];
  }
  return { ...out, ...intent.implies };
}

export function planAnswer(intent: IntentDefinition, known: SlotValues): Plan {
  const slots = relevantSlots(intent, known);
  const candidates = intent.answers.filter((rule) => consistent(rule.when, slots));
  if (candidates.length === 0) return { kind: 'none' };
  // Rules are tried in order: the first that could still hold decides, once it surely holds.
  if (complete(candidates[0].when, slots)) return { kind: 'answer', answerId: candidates[0].answer };
  const open = new Set(candidates.flatMap((rule) => Object.keys(rule.when).filter((slot) => slots[slot] === undefined)));
  const next = intent.ask.find((slot) => open.has(slot));
  return next ? { kind: 'ask', slot: next } : { kind: 'none' };
}

/** Every answer an intent can lead to. */
export function answersOf(intent: IntentDefinition): string[] {
  return [...new Set(intent.answers.map((rule) => rule.answer))];
}
