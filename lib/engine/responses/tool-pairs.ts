import { invalidRequest } from "../errors";
import type { JsonObject } from "../types";

/**
 * Client-run calls the API pairs with their outputs by `call_id`, and the words its errors name them by
 * ("No tool output found for function call call_1."). Other calls' pairing is not checked: their errors
 * were not observed from the API.
 */
const PAIRED_CALLS = [
  {
    call: "function_call",
    output: "function_call_output",
    words: "function call",
  },
  {
    call: "custom_tool_call",
    output: "custom_tool_call_output",
    words: "custom tool call",
  },
  {
    call: "apply_patch_call",
    output: "apply_patch_call_output",
    words: "apply patch call",
  },
] as const;

/** Each paired type (call or output) to the call kind it belongs to, so one pass over the context sorts them. */
const KIND_OF_TYPE = new Map<string, number>(
  PAIRED_CALLS.flatMap((kind, index) => [
    [kind.call, index],
    [kind.output, index],
  ]),
);

/**
 * Rejects a context the API rejects: an output whose call it does not hold, or a call the client has not
 * answered once the conversation goes on, as when a new message follows a function call without its output.
 */
export function checkToolPairs(items: readonly JsonObject[]): void {
  const pairs = PAIRED_CALLS.map((kind) => ({
    ...kind,
    calls: new Set<unknown>(),
    outputs: new Set<unknown>(),
  }));
  // One pass, on every create: most contexts hold no call at all.
  for (const item of items) {
    const pair = pairs[KIND_OF_TYPE.get(String(item.type)) ?? -1];
    if (!pair) continue;
    (item.type === pair.call ? pair.calls : pair.outputs).add(item.call_id);
  }
  // An output answering nothing is named first: it is what a call answered with the wrong output type shows.
  for (const { words, calls, outputs } of pairs)
    for (const id of outputs)
      if (!calls.has(id))
        throw invalidRequest(
          `No tool call found for ${words} output with call_id ${String(id)}.`,
          "input",
        );
  for (const { words, calls, outputs } of pairs)
    for (const id of calls)
      if (!outputs.has(id))
        throw invalidRequest(
          `No tool output found for ${words} ${String(id)}.`,
          "input",
        );
}
