import type { ResponseInputItem } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { functionTool, makeContext, userMessage } from "./context-fixture";
import {
  buildToolCall,
  chooseTools,
  planToolCalls,
  resolveToolMode,
  topicWords,
} from "./tool-calls";

const weather = functionTool("get_weather", {
  type: "object",
  properties: {
    location: { type: "string" },
    unit: { type: "string", enum: ["celsius", "fahrenheit"] },
    days: { type: "integer", minimum: 1, maximum: 7 },
  },
  required: ["location", "unit", "days"],
  additionalProperties: false,
});
const time = functionTool("get_time", {
  type: "object",
  properties: { zone: { type: "string", default: "UTC" } },
});
const tools = [weather, time, { type: "web_search" as const }];

function names(
  text: string,
  overrides: Parameters<typeof makeContext>[0] = {},
): string[] {
  return chooseTools(makeContext({ text, tools, ...overrides }), text).map(
    (tool) => tool.name,
  );
}

describe("resolveToolMode", () => {
  it("reads every tool_choice shape", () => {
    expect(resolveToolMode("none", [weather]).kind).toBe("none");
    expect(resolveToolMode(undefined, [weather]).kind).toBe("auto");
    expect(resolveToolMode({ type: "web_search" }, [weather]).kind).toBe(
      "none",
    );
    expect(
      resolveToolMode({ type: "function", name: "nope" }, [weather]),
    ).toMatchObject({
      kind: "named",
      tool: { name: "nope", parameters: null },
    });
    const allowed = resolveToolMode(
      {
        type: "allowed_tools",
        mode: "required",
        tools: [{ type: "function", name: "get_time" }],
      },
      [weather, time],
    );
    expect(allowed).toMatchObject({
      kind: "required",
      candidates: [{ name: "get_time" }],
    });
  });

  it("names and allows custom tools by type as well as name", () => {
    const sql = { type: "custom" as const, name: "get_time" };
    expect(
      resolveToolMode({ type: "custom", name: "get_time" }, [time, sql]),
    ).toEqual({ kind: "named", tool: sql });
    const allowed = resolveToolMode(
      {
        type: "allowed_tools",
        mode: "auto",
        tools: [{ type: "custom", name: "get_time" }],
      },
      [time, sql],
    );
    expect(allowed).toEqual({ kind: "auto", candidates: [sql] });
  });
});

describe("chooseTools", () => {
  it("calls the tools named in the text, in order of mention, case-sensitively", () => {
    expect(names("use get_time then get_weather")).toEqual([
      "get_time",
      "get_weather",
    ]);
    expect(names("use GET_WEATHER")).toEqual([]);
    expect(names("use get_weathers")).toEqual([]);
  });

  it("calls a tool when the text has every topic word of its name, in any case, as a model would", () => {
    expect(names("What's the weather like in San Francisco?")).toEqual([
      "get_weather",
    ]);
    expect(names("Weathers and TIMES, please")).toEqual([
      "get_weather",
      "get_time",
    ]);
    // A word inside another word, or a tool's leading verb alone, names nothing.
    expect(names("weatherproof timestamps: get them")).toEqual([]);
    const stock = functionTool("getStockPrice", null);
    const stockNames = (text: string) =>
      chooseTools(makeContext({ text, tools: [stock] }), text).map(
        (tool) => tool.name,
      );
    expect(stockNames("the price of the stock")).toEqual(["getStockPrice"]);
    expect(stockNames("the stock market")).toEqual([]);
  });

  it("calls only the first when parallel tool calls are off", () => {
    expect(
      names("get_time and get_weather", { parallelToolCalls: false }),
    ).toEqual(["get_time"]);
  });

  it("honours none, required, a named function and allowed_tools", () => {
    expect(names("get_weather", { toolChoice: "none" })).toEqual([]);
    expect(names("hello", { toolChoice: "required" })).toEqual(["get_weather"]);
    expect(
      names("get_weather", {
        toolChoice: { type: "function", name: "get_time" },
      }),
    ).toEqual(["get_time"]);
    const allowed = {
      type: "allowed_tools",
      mode: "auto",
      tools: [{ type: "function", name: "get_time" }],
    };
    expect(names("get_weather get_time", { toolChoice: allowed })).toEqual([
      "get_time",
    ]);
  });

  it("stops calling once tool results follow the last user message, unless forced", () => {
    const items: ResponseInputItem[] = [
      userMessage("get_weather please"),
      {
        type: "function_call",
        call_id: "call_1",
        name: "get_weather",
        arguments: "{}",
      },
      { type: "function_call_output", call_id: "call_1", output: "sunny" },
    ];
    expect(names("get_weather please", { items })).toEqual([]);
    expect(
      names("get_weather please", { items, toolChoice: "required" }),
    ).toEqual(["get_weather"]);
  });
});

describe("buildToolCall", () => {
  it("fills a free-text argument from the last capitalised word and pairs from the text", () => {
    const call = buildToolCall(
      weather,
      "What is the weather in Paris? get_weather unit=fahrenheit days: 3",
      ["get_weather"],
    );
    expect(call).toEqual({
      ok: true,
      name: "get_weather",
      arguments: '{"location":"Paris","unit":"fahrenheit","days":3}',
    });
  });

  it("prefers a quoted phrase, and falls back to the schema's values", () => {
    const quoted = buildToolCall(weather, 'get_weather for "New York"', [
      "get_weather",
    ]);
    expect(quoted).toMatchObject({
      arguments: '{"location":"New York","unit":"celsius","days":1}',
    });
    const bare = buildToolCall(weather, "get_weather", ["get_weather"]);
    expect(bare).toMatchObject({
      arguments: '{"location":"example","unit":"celsius","days":1}',
    });
  });

  it("leaves out an optional argument the user's words give no value", () => {
    expect(buildToolCall(time, "get_time", [])).toMatchObject({
      arguments: "{}",
    });
    expect(buildToolCall(time, "get_time zone=Asia/Tokyo", [])).toMatchObject({
      arguments: '{"zone":"Asia/Tokyo"}',
    });
    const exec = functionTool("exec_command", {
      type: "object",
      properties: {
        cmd: { type: "string" },
        workdir: { type: "string" },
        yield_time_ms: { type: "number" },
        query: { type: "string" },
      },
      required: ["cmd"],
    });
    expect(
      buildToolCall(exec, 'exec_command cmd="ls -la"', ["exec_command"]),
    ).toMatchObject({ arguments: '{"cmd":"ls -la"}' });
    expect(
      buildToolCall(exec, 'exec_command in "Lisbon"', ["exec_command"]),
    ).toMatchObject({ arguments: '{"cmd":"example","query":"Lisbon"}' });
  });

  it("hands a request argument the quoted phrase, else the whole message", () => {
    const agentTool = functionTool("translate", {
      type: "object",
      properties: { input: { type: "string" } },
      required: ["input"],
      additionalProperties: false,
    });
    expect(
      buildToolCall(agentTool, 'Call translate with "hello"', ["translate"]),
    ).toMatchObject({ arguments: '{"input":"hello"}' });
    expect(
      buildToolCall(agentTool, " Please translate good morning ", [
        "translate",
      ]),
    ).toMatchObject({ arguments: '{"input":"Please translate good morning"}' });
  });

  it("sends null for a strict tool's nullable argument the user's words give no value", () => {
    const strictWeather = functionTool("get_weather", {
      type: "object",
      properties: {
        city: { type: "string" },
        unit: { type: ["string", "null"], enum: ["c", "f", null] },
        days: { anyOf: [{ type: "integer" }, { type: "null" }] },
      },
      required: ["city", "unit", "days"],
      additionalProperties: false,
    });
    expect(
      buildToolCall(strictWeather, "get_weather city=Oslo", ["get_weather"]),
    ).toMatchObject({ arguments: '{"city":"Oslo","unit":null,"days":null}' });
    expect(
      buildToolCall(strictWeather, "get_weather city=Oslo days=3", [
        "get_weather",
      ]),
    ).toMatchObject({ arguments: '{"city":"Oslo","unit":null,"days":3}' });
  });

  it("sends {} for a function without parameters", () => {
    expect(buildToolCall(functionTool("ping"), "ping", [])).toEqual({
      ok: true,
      name: "ping",
      arguments: "{}",
    });
  });

  it("reports arguments that cannot match the schema", () => {
    const impossible = functionTool("bad", {
      type: "object",
      properties: { n: { type: "integer", minimum: 5, maximum: 1 } },
      required: ["n"],
    });
    const call = buildToolCall(impossible, "bad", []);
    expect(call.ok).toBe(false);
    expect(call.ok ? "" : call.message).toMatch(
      /^The local model could not produce arguments matching the parameters of tool 'bad': output\/n must be/,
    );
  });
});

describe("planToolCalls", () => {
  it("gives a custom tool a quoted phrase as its free-text input", () => {
    const text = 'run_sql "SELECT 1"';
    const [call] = planToolCalls(
      makeContext({ text, tools: [{ type: "custom", name: "run_sql" }] }),
      text,
    );
    expect(call).toMatchObject({
      ok: true,
      name: "run_sql",
      item: { type: "scripted", item: { done: { input: "SELECT 1" } } },
    });
  });

  it("never calls hosted tools", () => {
    expect(
      planToolCalls(
        makeContext({ text: "web_search now", tools }),
        "web_search now",
      ),
    ).toEqual([]);
  });
});

describe("topicWords", () => {
  it("keeps what a function's name is about, without a leading verb or filler", () => {
    expect(topicWords("get_current_weather")).toEqual(["weather"]);
    expect(topicWords("getStockPrice")).toEqual(["stock", "price"]);
    expect(topicWords("search-docs")).toEqual(["docs"]);
    expect(topicWords("send_email")).toEqual(["send", "email"]);
    expect(topicWords("price_of_get")).toEqual(["price", "get"]);
    expect(topicWords("get")).toEqual([]);
  });
});
