// Browsing and searching the knowledge base, for help-desk staff on the phone with a user: 目录
// lists the categories, a category lists its answers, 搜索 + keyword finds answers by their words;
// every answer is then one click away. The command words live in intents/conversation.yaml.
import { Activity } from 'botbuilder';
import { answersOf } from './answerPlanner';
import { FaqModel, KnowledgeEntry } from './model';
import { normalizeText } from './nlp/normalizer';

export type Command =
  | { kind: 'catalogue'; category?: string }
  | { kind: 'search'; keyword: string }
  | { kind: 'open'; kbId: string };

/** What a card button sends back in `value`: words to treat as typed, or an answer to open. */
export interface SubmitValue {
  text?: string;
  kbId?: string;
}

export function submitValueOf(activity: Partial<Activity>): SubmitValue {
  const value = activity.value as Record<string, unknown> | undefined;
  if (typeof value !== 'object' || value === null) return {};
  return {
    ...(typeof value.text === 'string' ? { text: value.text } : {}),
    ...(typeof value.kbId === 'string' ? { kbId: value.kbId } : {}),
  };
}

export interface Category {
  name: string;
  entries: KnowledgeEntry[];
}

/** FAQ order: "一 1.2" before "一 10.1" before "二 3". */
function bySource(a: KnowledgeEntry, b: KnowledgeEntry): number {
  return (a.source ?? '').localeCompare(b.source ?? '', 'zh-CN', { numeric: true });
}

const compact = (text: string): string => normalizeText(text).replace(/\s+/g, '');

export class KnowledgeBrowser {
  readonly categories: Category[];
  private readonly commandWords: { kind: 'catalogue' | 'search'; word: string }[];

  constructor(private readonly model: FaqModel) {
    const byName = new Map<string, KnowledgeEntry[]>();
    // Only FAQ answers: greetings and thanks are no knowledge to browse.
    for (const entry of model.knowledge.values()) {
      if (!entry.source) continue;
      byName.set(entry.category, [...(byName.get(entry.category) ?? []), entry]);
    }
    this.categories = [...byName].map(([name, entries]) => ({ name, entries: entries.sort(bySource) }));
    this.commandWords = (['catalogue', 'search'] as const)
      .flatMap((kind) => model.commands[kind].map((word) => ({ kind, word: compact(word) })))
      .sort((a, b) => b.word.length - a.word.length);
  }

  /** The command an activity gives: a clicked answer, 目录 [category], or 搜索 keyword. */
  commandOf(activity: Partial<Activity>): Command | undefined {
    const { kbId } = submitValueOf(activity);
    if (kbId && this.model.knowledge.has(kbId)) return { kind: 'open', kbId };
    return typeof activity.text === 'string' ? this.parse(activity.text) : undefined;
  }

  parse(text: string): Command | undefined {
    const normalized = normalizeText(text).trim().replace(/^[/!！]/, '');
    const t = compact(normalized);
    for (const { kind, word } of this.commandWords) {
      if (!t.startsWith(word)) continue;
      const rest = t.slice(word.length).replace(/^[:：,，]/, '');
      if (kind === 'catalogue') {
        if (!rest) return { kind };
        const category = this.categories.find((c) => compact(c.name) === rest);
        // "目录里有没有…" is a question, not a command.
        if (category) return { kind, category: category.name };
      } else if (!rest) {
        return { kind, keyword: '' };
      } else if (normalized.startsWith(word) && /^[\s:：]/.test(normalized.slice(word.length))) {
        // A search word needs a space or colon before its keyword: "搜索 实名" is a command,
        // "搜索不到我的项目" a question.
        return { kind, keyword: rest };
      }
    }
    return undefined;
  }

  /** A keyword as it may be shown back: no markup, no link syntax, not too long. */
  static shown(keyword: string): string {
    return keyword.replace(/[<>[\]()`*_#|\\!]/g, '').slice(0, 40);
  }

  /** The word a category button sends before the category's name. */
  get catalogueWord(): string {
    return this.model.commands.catalogue[0];
  }

  /** The first intent that leads to an answer (a clicked answer was not recognized, it was chosen). */
  ownerIntent(kbId: string): string {
    return this.model.intents.find((i) => answersOf(i).includes(kbId))?.id ?? kbId;
  }

  category(name: string): Category | undefined {
    return this.categories.find((c) => c.name === name);
  }

  /** Answers whose title, answer, steps or notes contain every word of the keyword; title hits first. */
  search(keyword: string, max: number): KnowledgeEntry[] {
    const terms = normalizeText(keyword).split(/[\s,，、]+/).map(compact).filter(Boolean);
    if (terms.length === 0) return [];
    const scored: { entry: KnowledgeEntry; score: number }[] = [];
    for (const { entries } of this.categories) {
      for (const entry of entries) {
        const title = compact(entry.title);
        const body = compact([entry.answer, ...entry.steps, entry.note ?? '', entry.browserAdvice?.text ?? ''].join(''));
        if (!terms.every((t) => title.includes(t) || body.includes(t))) continue;
        scored.push({ entry, score: terms.filter((t) => title.includes(t)).length });
      }
    }
    return scored.sort((a, b) => b.score - a.score || bySource(a.entry, b.entry)).slice(0, max).map((s) => s.entry);
  }
}
