import type { ResponseFunctionToolCall } from "openai/resources/responses/responses";
import { buildRequest, type BuiltRequest } from "@/lib/request/build-request";
import type { Draft } from "@/lib/request/draft-schema";
import type { ThreadOrigin, Turn } from "@/lib/stores/run-store";
import { answeredTurns, continuationFor } from "./continuation";

/** Function calls of the last answered turn: the next turn can answer them with their outputs. */
export function pendingToolCalls(
  turns: readonly Turn[],
): ResponseFunctionToolCall[] {
  const last = answeredTurns(turns).at(-1);
  if (!last) return [];
  return last.tree.output.flatMap((node) =>
    node.item.type === "function_call" && node.done ? [node.item] : [],
  );
}

export interface NextRequest extends BuiltRequest {
  /** The items this turn adds to the thread: tool outputs first, then the draft's messages. */
  newInput: Record<string, unknown>[];
}

/**
 * The exact request the next Send posts: the draft's body continuing the thread, with the typed outputs of
 * pending function calls placed before the new messages. The preview, code export and Send all use it.
 */
export function nextRequest(
  draft: Draft,
  turns: readonly Turn[],
  toolOutputs: Readonly<Record<string, string>>,
  origin: ThreadOrigin | null = null,
): NextRequest {
  const built = buildRequest(draft, continuationFor(turns, origin));
  const outputs = pendingToolCalls(turns)
    .filter((call) => (toolOutputs[call.call_id] ?? "").trim() !== "")
    .map((call) => ({
      type: "function_call_output",
      call_id: call.call_id,
      output: toolOutputs[call.call_id] ?? "",
    }));
  const messages = draft.messages
    .filter((message) => message.text.trim() !== "")
    .map((message) => ({ role: message.role, content: message.text }));
  if (outputs.length === 0) return { ...built, newInput: messages };
  const input = Array.isArray(built.body.input) ? built.body.input : [];
  const history = input.slice(0, input.length - messages.length);
  return {
    body: {
      ...built.body,
      input: [...history, ...outputs, ...input.slice(history.length)],
    } as BuiltRequest["body"],
    problems: built.problems.filter(
      (problem) => !problem.message.startsWith("Empty message"),
    ),
    newInput: [...outputs, ...messages],
  };
}
