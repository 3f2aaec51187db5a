import { buildRequest, type BuiltRequest } from "@/lib/request/build-request";
import type { Draft } from "@/lib/request/draft";
import type { ThreadOrigin, Turn } from "@/lib/stores/run-store";
import { continuationFor } from "./continuation";
import { answerItems, answerProblems, type Answers } from "./pending-answers";

export interface NextRequest extends Omit<BuiltRequest, "newInput"> {
  /** The items this turn adds to the thread: tool outputs first, then the draft's items and messages. */
  newInput: Record<string, unknown>[];
}

/**
 * The exact request the next Send posts: the draft's body continuing the thread, with the answers to pending
 * tool calls and approval requests placed before the new messages. The preview, code export and Send all use
 * it; `answersOnly` leaves the draft's messages for a later turn (an approval continues at once).
 */
export function nextRequest(
  fullDraft: Draft,
  turns: readonly Turn[],
  answers: Answers,
  origin: ThreadOrigin | null = null,
  { answersOnly = false }: { answersOnly?: boolean } = {},
): NextRequest {
  const draft = answersOnly
    ? { ...fullDraft, messages: [], items: [] }
    : fullDraft;
  const built = buildRequest(draft, continuationFor(turns, origin));
  const outputs = answerItems(turns, answers, origin);
  const messages = built.newInput as unknown as Record<string, unknown>[];
  // An answer that cannot be built yet is named like a draft part left out, so the preview says why.
  const unanswered = answerProblems(turns, answers, origin).map(
    ({ callId, message }) => ({ field: `answer to ${callId}`, message }),
  );
  if (outputs.length === 0)
    return {
      ...built,
      problems: [...built.problems, ...unanswered],
      newInput: messages,
    };
  const input = Array.isArray(built.body.input) ? built.body.input : [];
  const history = input.slice(0, input.length - messages.length);
  return {
    body: {
      ...built.body,
      input: [...history, ...outputs, ...input.slice(history.length)],
    } as BuiltRequest["body"],
    problems: [
      ...built.problems.filter(
        (problem) => !problem.message.startsWith("Empty message"),
      ),
      ...unanswered,
    ],
    newInput: [...outputs, ...messages],
  };
}
