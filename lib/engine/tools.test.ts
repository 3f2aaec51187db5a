import Ajv from "ajv";
import type {
  FunctionTool,
  Response as ApiResponse,
  ResponseCreateParamsNonStreaming,
  ResponseFunctionToolCall,
} from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { createTestEngine, isRecord } from "./testing/engine-client";
import { stringArgsTool } from "./testing/fixtures";

const te = createTestEngine();
const { client } = te;
const ajv = new Ajv({ strict: false });

const weatherTool: FunctionTool = {
  type: "function",
  name: "get_weather",
  description: "Current weather for a city",
  parameters: {
    type: "object",
    properties: {
      city: { type: "string" },
      unit: { type: "string", enum: ["celsius", "fahrenheit"] },
    },
    required: ["city", "unit"],
    additionalProperties: false,
  },
  strict: true,
};

const timeTool = stringArgsTool("get_time", "Current time in a time zone", [
  "zone",
]);

const richTool: FunctionTool = {
  type: "function",
  name: "book_table",
  description: "Books a restaurant table",
  parameters: {
    type: "object",
    properties: {
      restaurant: { type: "string" },
      guests: { type: "integer", minimum: 1 },
      outdoor: { type: "boolean" },
      dishes: { type: "array", items: { type: "string" } },
      when: {
        type: "object",
        properties: {
          date: { type: "string" },
          time: { type: ["string", "null"] },
        },
        required: ["date", "time"],
        additionalProperties: false,
      },
    },
    required: ["restaurant", "guests", "outdoor", "dishes", "when"],
    additionalProperties: false,
  },
  strict: true,
};

/** Creates a local-echo response offering `tools`; these tests vary only the input, the tools and a parameter or two. */
function createWithTools(
  input: ResponseCreateParamsNonStreaming["input"],
  tools: FunctionTool[],
  params: Omit<
    ResponseCreateParamsNonStreaming,
    "model" | "input" | "tools"
  > = {},
): Promise<ApiResponse> {
  return client.responses.create({
    model: "local-echo",
    input,
    tools,
    ...params,
  });
}

function functionCalls(response: ApiResponse): ResponseFunctionToolCall[] {
  return response.output.filter(
    (item): item is ResponseFunctionToolCall => item.type === "function_call",
  );
}

function parseArguments(
  call: ResponseFunctionToolCall,
  tool: FunctionTool,
): Record<string, unknown> {
  const args: unknown = JSON.parse(call.arguments);
  const validate = ajv.compile(tool.parameters ?? {});
  expect(validate(args), JSON.stringify(validate.errors)).toBe(true);
  if (!isRecord(args)) throw new Error("arguments are not an object");
  return args;
}

describe("function calling", () => {
  it("tool_choice required always calls a tool, with ids fc_ / call_", async () => {
    const response = await createWithTools("Anything at all", [weatherTool], {
      tool_choice: "required",
    });
    expect(response.status).toBe("completed");
    const calls = functionCalls(response);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    if (!call) return;
    expect(call.id).toMatch(/^fc_/);
    expect(call.call_id).toMatch(/^call_/);
    expect(call.name).toBe("get_weather");
    expect(call.status).toBe("completed");
    parseArguments(call, weatherTool);
  });

  it("fills argument values from name=value pairs in the text", async () => {
    const response = await createWithTools(
      "call get_weather city=Paris unit=fahrenheit",
      [weatherTool],
    );
    const [call] = functionCalls(response);
    expect(call?.name).toBe("get_weather");
    if (!call) return;
    const args = parseArguments(call, weatherTool);
    expect(args.city).toBe("Paris");
    expect(args.unit).toBe("fahrenheit");
  });

  it("produces schema-valid arguments for a rich schema", async () => {
    const response = await createWithTools(
      "call book_table restaurant=Chez guests=4",
      [richTool],
      { tool_choice: "required" },
    );
    const [call] = functionCalls(response);
    if (!call) throw new Error("no function call");
    const args = parseArguments(call, richTool);
    expect(args.restaurant).toBe("Chez");
    expect(args.guests).toBe(4);
  });

  it("tool_choice {type:function, name} calls exactly that tool", async () => {
    const response = await createWithTools(
      "What is the weather like?",
      [weatherTool, timeTool],
      { tool_choice: { type: "function", name: "get_time" } },
    );
    const calls = functionCalls(response);
    expect(calls.map((call) => call.name)).toEqual(["get_time"]);
    if (calls[0]) parseArguments(calls[0], timeTool);
  });

  it("tool_choice auto calls when the text names the tool", async () => {
    const response = await createWithTools(
      "please use get_time zone=UTC",
      [weatherTool, timeTool],
      { tool_choice: "auto" },
    );
    const calls = functionCalls(response);
    expect(calls.map((call) => call.name)).toEqual(["get_time"]);
    if (calls[0]) expect(parseArguments(calls[0], timeTool).zone).toBe("UTC");
  });

  it("tool_choice auto calls a tool the text asks for in words, streamed as the API streams a call", async () => {
    // The tool-calling request of the Open Responses compliance tests.
    const locationTool: FunctionTool = {
      type: "function",
      name: "get_weather",
      description: "Get the current weather for a location",
      parameters: {
        type: "object",
        properties: {
          location: {
            type: "string",
            description: "The city and state, e.g. San Francisco, CA",
          },
        },
        required: ["location"],
      },
      strict: null,
    };
    const stream = await client.responses.create({
      model: "local-echo",
      input: [
        {
          type: "message",
          role: "user",
          content: "What's the weather like in San Francisco?",
        },
      ],
      tools: [locationTool],
      stream: true,
    });
    const types: string[] = [];
    let final: ApiResponse | undefined;
    for await (const event of stream) {
      types.push(
        event.type === "response.output_item.added" ||
          event.type === "response.output_item.done"
          ? `${event.type} ${event.item.type}`
          : event.type,
      );
      if (event.type === "response.completed") final = event.response;
    }
    expect(types).toEqual(
      expect.arrayContaining([
        "response.output_item.added function_call",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
        "response.output_item.done function_call",
      ]),
    );
    expect(final?.status).toBe("completed");
    const [call] = final ? functionCalls(final) : [];
    if (!call) throw new Error("no function_call in the completed response");
    expect(call.name).toBe("get_weather");
    expect(parseArguments(call, locationTool)).toEqual({
      location: "San Francisco",
    });
  });

  it.each([
    [
      "tool_choice auto answers with a message when no tool is named",
      "just chatting",
      "auto",
    ],
    [
      "tool_choice none never calls, even when the text names the tool",
      "call get_weather city=Rome",
      "none",
    ],
  ] as const)("%s", async (_name, input, toolChoice) => {
    const response = await createWithTools(input, [weatherTool], {
      tool_choice: toolChoice,
    });
    expect(functionCalls(response)).toHaveLength(0);
    expect(response.output_text).toContain(input);
  });

  it("several named tools with parallel tool calls give several function_call items", async () => {
    const response = await createWithTools(
      "call get_weather city=Paris and get_time zone=CET",
      [weatherTool, timeTool],
      { parallel_tool_calls: true },
    );
    const calls = functionCalls(response);
    expect(calls.map((call) => call.name).sort()).toEqual([
      "get_time",
      "get_weather",
    ]);
    expect(new Set(calls.map((call) => call.id)).size).toBe(2);
    expect(new Set(calls.map((call) => call.call_id)).size).toBe(2);
    const weather = calls.find((call) => call.name === "get_weather");
    const time = calls.find((call) => call.name === "get_time");
    if (weather)
      expect(parseArguments(weather, weatherTool).city).toBe("Paris");
    if (time) expect(parseArguments(time, timeTool).zone).toBe("CET");
  });

  it("parallel_tool_calls false gives one function_call", async () => {
    const response = await createWithTools(
      "call get_weather city=Paris and get_time zone=CET",
      [weatherTool, timeTool],
      { parallel_tool_calls: false },
    );
    expect(functionCalls(response)).toHaveLength(1);
    expect(response.parallel_tool_calls).toBe(false);
  });

  it("after function_call_output the reply is a message containing the output", async () => {
    const first = await createWithTools(
      "call get_weather city=Oslo",
      [weatherTool],
      { tool_choice: "required" },
    );
    const [call] = functionCalls(first);
    if (!call) throw new Error("no function call");
    const output = JSON.stringify({ temperature: -3, sky: "snowing softly" });
    const second = await createWithTools(
      [{ type: "function_call_output", call_id: call.call_id, output }],
      [weatherTool],
      { previous_response_id: first.id },
    );
    expect(second.status).toBe("completed");
    expect(functionCalls(second)).toHaveLength(0);
    expect(second.output.at(-1)?.type).toBe("message");
    expect(second.output_text).toContain(output);
  });

  it("answers parallel function_call_outputs with one message containing each output", async () => {
    const first = await createWithTools(
      "call get_weather city=Paris and get_time zone=CET",
      [weatherTool, timeTool],
    );
    const calls = functionCalls(first);
    expect(calls.length).toBe(2);
    const second = await createWithTools(
      calls.map((call) => ({
        type: "function_call_output" as const,
        call_id: call.call_id,
        output: `result-for-${call.name}`,
      })),
      [weatherTool, timeTool],
      { previous_response_id: first.id },
    );
    expect(second.output_text).toContain("result-for-get_weather");
    expect(second.output_text).toContain("result-for-get_time");
  });

  it("a stateless round trip (store:false, history sent back) also works", async () => {
    const first = await createWithTools("call get_time zone=UTC", [timeTool], {
      store: false,
    });
    const [call] = functionCalls(first);
    if (!call) throw new Error("no function call");
    const second = await createWithTools(
      [
        { role: "user", content: "call get_time zone=UTC" },
        call,
        {
          type: "function_call_output",
          call_id: call.call_id,
          output: "12:00 UTC",
        },
      ],
      [timeTool],
      { store: false },
    );
    expect(second.output_text).toContain("12:00 UTC");
  });
});
