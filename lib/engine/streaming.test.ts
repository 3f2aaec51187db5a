import OpenAI from "openai";
import type { ResponseStreamEvent } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import {
  collectEvents,
  createTestEngine,
  isRecord,
  parseSseFrames,
  postJson,
  streamEvents,
} from "./testing/engine-client";
import { weatherTool } from "./testing/fixtures";
import {
  collapsedTypes,
  expectWellFormedStream,
  lifecycleResponse,
} from "./testing/stream-assertions";

const te = createTestEngine();
const { client } = te;

describe("streaming create", () => {
  it("streams a text answer in the documented order", async () => {
    const events = await streamEvents(client, {
      input: "Hello streaming world",
    });
    const terminal = expectWellFormedStream(events);
    expect(collapsedTypes(events)).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.content_part.added",
      "response.output_text.delta",
      "response.output_text.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.completed",
    ]);
    expect(terminal.status).toBe("completed");
    expect(terminal.usage?.output_tokens).toBeGreaterThan(0);

    let deltas = "";
    let doneText: string | null = null;
    for (const event of events) {
      if (event.type === "response.output_text.delta") {
        deltas += event.delta;
        expect(Array.isArray(event.logprobs)).toBe(true);
      }
      if (event.type === "response.output_text.done") doneText = event.text;
      if (event.type === "response.output_item.added") {
        expect(event.item.type).toBe("message");
        if (event.item.type === "message") {
          expect(event.item.status).toBe("in_progress");
          expect(event.item.content).toEqual([]);
        }
      }
      if (event.type === "response.content_part.added") {
        expect(event.part.type).toBe("output_text");
        if (event.part.type === "output_text") expect(event.part.text).toBe("");
      }
    }
    expect(doneText).toBe(deltas);
    expect(deltas).toContain("Hello streaming world");
  });

  it("sends created and in_progress with status in_progress and null usage", async () => {
    const events = await streamEvents(client, { input: "lifecycle" });
    for (const event of events.slice(0, 2)) {
      const response = lifecycleResponse(event);
      expect(response?.status).toBe("in_progress");
      expect(response?.usage).toBeNull();
    }
    const created = events[0] ? lifecycleResponse(events[0]) : null;
    expect(created?.output).toEqual([]);
  });

  it("streams a function call: arguments deltas, done with name", async () => {
    const events = await streamEvents(client, {
      input: "call get_weather city=Paris",
      tools: [weatherTool],
      tool_choice: "required",
    });
    const terminal = expectWellFormedStream(events);
    expect(collapsedTypes(events)).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.function_call_arguments.delta",
      "response.function_call_arguments.done",
      "response.output_item.done",
      "response.completed",
    ]);
    let deltas = "";
    for (const event of events) {
      if (
        event.type === "response.output_item.added" &&
        event.item.type === "function_call"
      ) {
        expect(event.item.arguments).toBe("");
        expect(event.item.call_id).toMatch(/^call_/);
      }
      if (event.type === "response.function_call_arguments.delta")
        deltas += event.delta;
      if (event.type === "response.function_call_arguments.done") {
        expect(event.arguments).toBe(deltas);
        const raw: unknown = event;
        expect(isRecord(raw) ? raw.name : undefined).toBe("get_weather");
      }
    }
    const call = terminal.output[0];
    expect(call?.type === "function_call" ? call.arguments : undefined).toBe(
      deltas,
    );
  });

  it("streams reasoning summary events before the message", async () => {
    const events = await streamEvents(client, {
      input: "ponder",
      reasoning: { effort: "low", summary: "auto" },
    });
    expectWellFormedStream(events);
    const types = collapsedTypes(events);
    const firstMessageAdded = events.findIndex(
      (event) =>
        event.type === "response.output_item.added" &&
        event.item.type === "message",
    );
    expect(types.slice(0, 8)).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.reasoning_summary_part.added",
      "response.reasoning_summary_text.delta",
      "response.reasoning_summary_text.done",
      "response.reasoning_summary_part.done",
      expect.stringMatching(
        /^response\.(reasoning_summary_part\.added|output_item\.done)$/,
      ),
    ]);
    const added = events[2];
    expect(
      added?.type === "response.output_item.added"
        ? added.item.type
        : undefined,
    ).toBe("reasoning");
    if (
      added?.type === "response.output_item.added" &&
      added.item.type === "reasoning"
    ) {
      expect(added.item.summary).toEqual([]);
    }
    expect(firstMessageAdded).toBeGreaterThan(2);
  });

  it("streams a refusal with refusal.delta / refusal.done", async () => {
    const events = await streamEvents(client, { input: "/refuse" });
    expectWellFormedStream(events);
    const types = new Set(events.map((event) => event.type));
    expect(types.has("response.refusal.delta")).toBe(true);
    expect(types.has("response.refusal.done")).toBe(true);
    expect(types.has("response.output_text.delta")).toBe(false);
  });

  it("pads every delta with base64url obfuscation up to 16 characters, at least one", async () => {
    const events = await streamEvents(client, {
      input: "pad these words, and an extraordinarily-long-hyphenated-word too",
    });
    const deltas = events.filter(
      (event) => event.type === "response.output_text.delta",
    );
    expect(deltas.some((event) => event.delta.length >= 16)).toBe(true);
    for (const event of deltas) {
      // The SDK's types do not declare the field real servers send.
      const { obfuscation } = event as { obfuscation?: unknown };
      expect(obfuscation).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(obfuscation).toHaveLength(Math.max(1, 16 - event.delta.length));
    }
  });

  it("omits obfuscation when stream_options.include_obfuscation is false", async () => {
    const events = await streamEvents(client, {
      input: "no obfuscation please",
      stream_options: { include_obfuscation: false },
    });
    expectWellFormedStream(events);
    for (const event of events) {
      if (event.type === "response.output_text.delta")
        expect("obfuscation" in event).toBe(false);
    }
  });

  it("client.responses.stream().finalResponse() returns the stored response", async () => {
    const runner = client.responses.stream({
      model: "local-echo",
      input: "helper stream",
    });
    const deltas: string[] = [];
    runner.on("response.output_text.delta", (event) =>
      deltas.push(event.delta),
    );
    const final = await runner.finalResponse();
    expect(final.status).toBe("completed");
    expect(final.output_text).toContain("helper stream");
    expect(deltas.join("")).toBe(final.output_text);
    const stored = await client.responses.retrieve(final.id);
    // The helper adds a local `parsed` field to text parts, so compare what the server sent.
    expect(stored.output_text).toBe(final.output_text);
    expect(stored.output.map((item) => [item.type, item.id])).toEqual(
      final.output.map((item) => [item.type, item.id]),
    );
  });

  it("stores a streamed response: retrieve returns the same output as the completed event", async () => {
    const events = await streamEvents(client, { input: "stream and store" });
    const terminal = expectWellFormedStream(events);
    const stored = await client.responses.retrieve(terminal.id);
    expect(stored.status).toBe("completed");
    expect(stored.output).toEqual(terminal.output);
    expect(stored.usage).toEqual(terminal.usage);
  });
});

describe("a response created without streaming", () => {
  /** Output with its random ids left out, so two runs of one request compare equal. */
  const withoutIds = (value: unknown): unknown =>
    JSON.parse(
      JSON.stringify(value, (key, field: unknown) =>
        key === "id" || key === "call_id" ? undefined : field,
      ),
    );

  it.each([
    ["text", { input: "Hello without a stream" }],
    ["markdown", { input: "/markdown" }],
    [
      "a reasoning summary",
      {
        input: "Think it over",
        reasoning: { effort: "low" as const, summary: "auto" as const },
      },
    ],
    [
      "a function call",
      {
        input: "call get_weather city=Paris",
        tools: [weatherTool],
        tool_choice: "required" as const,
      },
    ],
  ])("has the output and usage the stream ends with: %s", async (_, body) => {
    const events = await streamEvents(client, body);
    const streamed = expectWellFormedStream(events);
    const whole = await client.responses.create({
      model: "local-echo",
      ...body,
      stream: false,
    });
    expect(whole.output.length).toBeGreaterThan(0);
    expect(withoutIds(whole.output)).toEqual(withoutIds(streamed.output));
    expect(whole.usage).toEqual(streamed.usage);
    expect(whole.status).toBe(streamed.status);
  });
});

describe("stream endings", () => {
  it("/fail ends with response.failed carrying error code server_error", async () => {
    const events = await streamEvents(client, { input: "please /fail" });
    const terminal = expectWellFormedStream(events);
    expect(events.at(-1)?.type).toBe("response.failed");
    expect(terminal.status).toBe("failed");
    expect(terminal.error?.code).toBe("server_error");
    const stored = await client.responses.retrieve(terminal.id);
    expect(stored.status).toBe("failed");
    expect(stored.error?.code).toBe("server_error");
  });

  it("/error sends an error event mid-stream and the SDK stream throws", async () => {
    const stream = await client.responses.create({
      model: "local-echo",
      input: "please /error",
      stream: true,
    });
    const seen: ResponseStreamEvent[] = [];
    const error: unknown = await (async () => {
      for await (const event of stream) seen.push(event);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect(seen[0]?.type).toBe("response.created");
    expect(seen.some((event) => event.type === "response.completed")).toBe(
      false,
    );
  });

  it("/error's raw error event carries code and message, flat and nested", async () => {
    const res = await postJson(te, "/v1/responses", {
      model: "local-echo",
      input: "please /error",
      stream: true,
    });
    expect(res.status).toBe(200);
    const frames = parseSseFrames(await res.text());
    const errorFrame = frames.find((frame) => frame.event === "error");
    expect(errorFrame).toBeDefined();
    const data: unknown = JSON.parse(errorFrame?.data ?? "null");
    expect(isRecord(data)).toBe(true);
    if (!isRecord(data)) return;
    expect(data.type).toBe("error");
    expect(typeof data.code).toBe("string");
    expect(typeof data.message).toBe("string");
    expect(typeof data.sequence_number).toBe("number");
    expect(isRecord(data.error) ? data.error.code : undefined).toBe(data.code);
  });

  it.each([
    [429, OpenAI.RateLimitError],
    [500, OpenAI.InternalServerError],
  ])(
    "/http %i with stream:true throws before any event, without retries",
    async (status, errorClass) => {
      const retrying = te.clientWithRetries(2);
      const before = te.requestCount();
      const error: unknown = await retrying.responses
        .create({ model: "local-echo", input: `/http ${status}`, stream: true })
        .then((stream) => collectEvents(stream))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(errorClass);
      expect(te.requestCount() - before).toBe(1);
    },
  );

  it("cancels the run, stored as cancelled, when the reader cancels the body mid-stream", async () => {
    const paced = createTestEngine({ tokensPerSecond: 200 });
    // The engine itself: the test client's spec check reads a clone of every body, which a cancel would not end.
    const res = await paced.engine.handle(
      new Request("http://engine.test/v1/responses", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          model: "local-echo",
          input: "/words 2000",
          stream: true,
        }),
      }),
    );
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    const id = /"id":"(resp_[0-9a-f]+)"/.exec(first)?.[1] ?? "";
    await reader.cancel();
    let stored = await paced.client.responses.retrieve(id);
    while (stored.status === "in_progress") {
      await new Promise((resolve) => setTimeout(resolve, 10));
      stored = await paced.client.responses.retrieve(id);
    }
    expect(stored.status).toBe("cancelled");
    const [message] = stored.output;
    expect(message?.type === "message" && message.status).toBe("incomplete");
    paced.close();
  });
});
