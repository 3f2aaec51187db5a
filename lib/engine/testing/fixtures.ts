import type OpenAI from "openai";
import type {
  Response as ApiResponse,
  FunctionTool,
  ResponseCreateParamsNonStreaming,
  ResponseOutputItem,
  ResponseOutputMessage,
} from "openai/resources/responses/responses";
import { expect } from "vitest";

/** 120 distinct words: long enough that max_output_tokens 16 cuts the echo short. */
export const LONG_TEXT = Array.from({ length: 120 }, (_, i) => `word${i}`).join(
  " ",
);

/** A strict function tool whose parameters are all required strings, the shape most engine tests call. */
export function stringArgsTool(
  name: string,
  description: string,
  args: readonly string[],
): FunctionTool {
  return {
    type: "function",
    name,
    description,
    parameters: {
      type: "object",
      properties: Object.fromEntries(
        args.map((arg) => [arg, { type: "string" }]),
      ),
      required: [...args],
      additionalProperties: false,
    },
    strict: true,
  };
}

/** `get_weather(city)`, the tool the streaming and oracle tests call by name. */
export const weatherTool = stringArgsTool(
  "get_weather",
  "Current weather for a city",
  ["city"],
);

/** The first message item of an output; throws (failing the test) when there is none. */
export function firstMessage(
  output: ResponseOutputItem[],
): ResponseOutputMessage {
  const message = output.find((item) => item.type === "message");
  if (message?.type !== "message") throw new Error("no message item in output");
  return message;
}

/** Creates the same local-echo input once in a context and once alone, so a test can see what the context added. */
export async function createInContextAndAlone(
  client: OpenAI,
  context: Pick<
    ResponseCreateParamsNonStreaming,
    "conversation" | "previous_response_id"
  >,
  input: string,
): Promise<{ inContext: ApiResponse; alone: ApiResponse }> {
  const inContext = await client.responses.create({
    model: "local-echo",
    ...context,
    input,
  });
  const alone = await client.responses.create({ model: "local-echo", input });
  return { inContext, alone };
}

/** Starts a background answer long enough (20,000 words) that a paced engine is still running it when the test acts. */
export async function startLongBackground(
  client: OpenAI,
): Promise<ApiResponse> {
  const created = await client.responses.create({
    model: "local-echo",
    input: "a long one /words 20000",
    background: true,
  });
  expect(["queued", "in_progress"]).toContain(created.status);
  return created;
}
