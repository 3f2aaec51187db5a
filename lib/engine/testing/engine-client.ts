import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import OpenAI from "openai";
import { accumulateResponse } from "openai/lib/responses/ResponseAccumulator";
import type {
  Response as ApiResponse,
  ResponseCreateParamsNonStreaming,
  ResponseStreamEvent,
} from "openai/resources/responses/responses";
import { afterAll, expect } from "vitest";
import { createEngine, type Engine } from "../engine";
import { checkAgainstSpec } from "./spec-check";

/** Every key PROTOCOL.md says a Response object carries (null allowed). */
export const RESPONSE_KEYS = [
  "id",
  "object",
  "created_at",
  "status",
  "completed_at",
  "error",
  "incomplete_details",
  "instructions",
  "model",
  "output",
  "parallel_tool_calls",
  "previous_response_id",
  "reasoning",
  "store",
  "background",
  "temperature",
  "top_p",
  "top_logprobs",
  "text",
  "tool_choice",
  "tools",
  "truncation",
  "max_output_tokens",
  "max_tool_calls",
  "metadata",
  "safety_identifier",
  "prompt_cache_key",
  "service_tier",
  "usage",
  "user",
  "conversation",
] as const;

export const BASE_URL = "http://engine.test/v1";

export interface TestEngine {
  engine: Engine;
  client: OpenAI;
  dbPath: string;
  /** Raw HTTP against the engine; `path` starts with `/v1/`. */
  engineFetch: (path: string, init?: RequestInit) => Promise<Response>;
  /** How many HTTP requests reached the engine (counts SDK retries). */
  requestCount: () => number;
  /** A client with its own retry budget, sharing this engine and the request counter. */
  clientWithRetries: (maxRetries: number) => OpenAI;
  close: () => void;
}

export interface TestEngineOptions {
  tokensPerSecond?: number;
  /** Reuse an existing database file (restart tests); a fresh temp dir otherwise. */
  dbPath?: string;
  maxFileBytes?: number;
  orphanSweepMs?: number;
}

const openEngines = new Set<TestEngine>();

const tempDirs = new Set<string>();

afterAll(() => {
  for (const testEngine of openEngines) testEngine.close();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
});

/** An engine on a real SQLite file in a temp dir, plus an SDK client wired to it in-process. */
export function createTestEngine(options: TestEngineOptions = {}): TestEngine {
  let dbPath = options.dbPath;
  if (dbPath === undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-test-"));
    tempDirs.add(dir);
    dbPath = path.join(dir, "engine.sqlite");
  }
  const engine = createEngine({
    dbPath,
    tokensPerSecond: options.tokensPerSecond ?? 0,
    ...(options.maxFileBytes === undefined
      ? {}
      : { maxFileBytes: options.maxFileBytes }),
    ...(options.orphanSweepMs === undefined
      ? {}
      : { orphanSweepMs: options.orphanSweepMs }),
  });
  let requests = 0;
  const handle = (
    input: string | URL | Request,
    init?: RequestInit,
  ): Promise<Response> => {
    requests += 1;
    const request = new Request(input, init);
    const { method, url } = request;
    return engine.handle(request).then((response) => {
      void checkAgainstSpec(method, url, response.clone());
      return response;
    });
  };
  const makeClient = (maxRetries: number) =>
    new OpenAI({
      baseURL: BASE_URL,
      apiKey: "test",
      maxRetries,
      fetch: handle,
    });
  let closed = false;
  const testEngine: TestEngine = {
    engine,
    client: makeClient(0),
    dbPath,
    engineFetch: (p, init) => handle(`http://engine.test${p}`, init),
    requestCount: () => requests,
    clientWithRetries: makeClient,
    close: () => {
      if (closed) return;
      closed = true;
      openEngines.delete(testEngine);
      engine.close();
    },
  };
  openEngines.add(testEngine);
  return testEngine;
}

/** POST a JSON body (or a raw string) with the engine's raw fetch. */
export function postJson(
  te: TestEngine,
  p: string,
  body: unknown,
): Promise<Response> {
  return te.engineFetch(p, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: "Bearer test",
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export async function collectEvents(
  stream: AsyncIterable<ResponseStreamEvent>,
): Promise<ResponseStreamEvent[]> {
  const events: ResponseStreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

/** A create body without `stream`, which `streamEvents` sets. */
export type StreamBody = Omit<ResponseCreateParamsNonStreaming, "stream">;

/** Streams a create (model local-echo unless the body names one) and collects every event. */
export async function streamEvents(
  client: OpenAI,
  body: StreamBody,
): Promise<ResponseStreamEvent[]> {
  const stream = await client.responses.create({
    model: "local-echo",
    ...body,
    stream: true,
  });
  return collectEvents(stream);
}

/** Feeds events to the SDK's strict accumulator (the oracle); throws where the engine broke a rule. */
export function accumulate(
  events: readonly ResponseStreamEvent[],
): ApiResponse {
  let snapshot: ApiResponse | undefined;
  for (const event of events) snapshot = accumulateResponse(event, snapshot);
  if (snapshot === undefined) throw new Error("no events to accumulate");
  return snapshot;
}

export interface SseFrame {
  event: string | null;
  data: string;
  /** Every field name seen in the frame (to catch `id:` lines). */
  fields: string[];
}

/** Minimal SSE framing parser for raw-byte assertions (comments are skipped). */
export function parseSseFrames(text: string): SseFrame[] {
  const frames: SseFrame[] = [];
  for (const block of text.replace(/\r\n/g, "\n").split("\n\n")) {
    const lines = block
      .split("\n")
      .filter((line) => line.length > 0 && !line.startsWith(":"));
    if (lines.length === 0) continue;
    let event: string | null = null;
    const data: string[] = [];
    const fields: string[] = [];
    for (const line of lines) {
      const colon = line.indexOf(":");
      const field = colon === -1 ? line : line.slice(0, colon);
      let value = colon === -1 ? "" : line.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
      fields.push(field);
      if (field === "event") event = value;
      if (field === "data") data.push(value);
    }
    frames.push({ event, data: data.join("\n"), fields });
  }
  return frames;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads a key the SDK's types do not declare (e.g. `store` on a Response). */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** Asserts a Response-shaped value carries every documented key. */
export function expectAllResponseKeys(response: unknown): void {
  expect(isRecord(response)).toBe(true);
  if (!isRecord(response)) return;
  const missing = RESPONSE_KEYS.filter((key) => !(key in response));
  expect(missing).toEqual([]);
}

/** Text of every output_text part of the message items, joined like the SDK's `output_text`. */
export function messageText(response: ApiResponse): string {
  const texts: string[] = [];
  for (const item of response.output) {
    if (item.type !== "message") continue;
    for (const part of item.content)
      if (part.type === "output_text") texts.push(part.text);
  }
  return texts.join("");
}

/** Reads a JSON error envelope and checks its four keys are present. */
export async function readErrorEnvelope(
  res: Response,
): Promise<{ message: unknown; type: unknown; param: unknown; code: unknown }> {
  const body: unknown = await res.json();
  expect(isRecord(body)).toBe(true);
  const error = isRecord(body) ? body.error : undefined;
  expect(isRecord(error)).toBe(true);
  if (!isRecord(error)) throw new Error("no error envelope");
  for (const key of ["message", "type", "param", "code"])
    expect(key in error).toBe(true);
  expect(typeof error.message).toBe("string");
  return {
    message: error.message,
    type: error.type,
    param: error.param,
    code: error.code,
  };
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls retrieve until `done(response)`; gives up after `attempts` polls (no timing is asserted). */
export async function pollUntil(
  client: OpenAI,
  id: string,
  done: (response: ApiResponse) => boolean,
  attempts = 500,
): Promise<ApiResponse> {
  let last = await client.responses.retrieve(id);
  for (let i = 0; i < attempts && !done(last); i += 1) {
    await sleep(10);
    last = await client.responses.retrieve(id);
  }
  return last;
}

export const TERMINAL_STATUSES = new Set([
  "completed",
  "failed",
  "cancelled",
  "incomplete",
]);
