import { prose } from "./prose";
import type { ModelContext, PlannedItem } from "./types";

/** Words of hidden reasoning per effort, strictly increasing so effort visibly costs tokens. */
const REASONING_WORDS: Readonly<Record<string, number>> = {
  minimal: 12,
  low: 40,
  medium: 100,
  high: 250,
  xhigh: 600,
};

/** What the reasoning talks about: the facts of the request and what the model decided to do. */
export interface ReasoningFacts {
  userText: string;
  /** A verb phrase completing "I will ...", e.g. "call get_weather". */
  decision: string;
}

function wordsFor(effort: string): number {
  return REASONING_WORDS[effort] ?? REASONING_WORDS.medium ?? 100;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** The hidden thought: the request's facts, the decision, then filler prose whose length follows effort. */
function hiddenThought(
  context: ModelContext,
  facts: ReasoningFacts,
  words: number,
): string {
  const opening =
    `The request names the model ${context.model} and carries ${plural(context.items.length, "input item")}. ` +
    `The last user message is ${plural(facts.userText.length, "character")} long. I will ${facts.decision}.`;
  return `${opening}\n\n${prose(words, words)}`;
}

/** Summary paragraphs: none unless asked, one for auto/concise, two for detailed. */
function summaryParagraphs(
  context: ModelContext,
  facts: ReasoningFacts,
  effort: string,
  words: number,
): string[] {
  const mode = context.reasoning?.summary ?? null;
  if (mode === null) return [];
  if (mode === "concise")
    return [`**Planning the reply**\n\nI will ${facts.decision}.`];
  const first =
    `**Reading the request**\n\nThe request has ${plural(context.items.length, "input item")} and the last user ` +
    `message is ${plural(facts.userText.length, "character")} long, so I will ${facts.decision}.`;
  if (mode !== "detailed") return [first];
  const second =
    `**About this reasoning**\n\nThis is a deterministic local model, so its reasoning is produced by a program: ` +
    `effort "${effort}" sets its length (${plural(words, "word")} of hidden reasoning), and the same request always gets the same reasoning.`;
  return [first, second];
}

/** The reasoning item that opens the output, or null when no reasoning was asked for. */
export function planReasoning(
  context: ModelContext,
  facts: ReasoningFacts,
): PlannedItem | null {
  if (context.reasoning === null || context.reasoning.effort === "none")
    return null;
  const effort = context.reasoning.effort;
  const words = wordsFor(effort);
  return {
    type: "reasoning",
    reasoning: hiddenThought(context, facts, words),
    summary: summaryParagraphs(context, facts, effort, words),
  };
}
