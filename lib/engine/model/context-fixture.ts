import type {
  FunctionTool,
  ResponseInputItem,
} from "openai/resources/responses/responses";
import type { ModelContext } from "./types";

/** A user message with plain string content, the most common input shape. */
export function userMessage(text: string): ResponseInputItem {
  return { type: "message", role: "user", content: text };
}

/** A function tool with the given parameters schema, as clients declare them. */
export function functionTool(
  name: string,
  parameters: Record<string, unknown> | null = null,
): FunctionTool {
  return { type: "function", name, parameters, strict: true };
}

/** A minimal context for tests: one user message and defaults matching the engine's. */
export function makeContext(
  overrides: Partial<ModelContext> & { text?: string } = {},
): ModelContext {
  const { text = "Hello there", ...rest } = overrides;
  return {
    model: "local-echo",
    instructions: null,
    items: [userMessage(text)],
    newItemCount: 1,
    tools: [],
    toolChoice: "auto",
    parallelToolCalls: true,
    textFormat: { type: "text" },
    reasoning: null,
    parameters: {},
    mediaNotes: new Map(),
    ...rest,
  };
}
