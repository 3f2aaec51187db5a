import { describe, expect, it } from "vitest";
import {
  createTestEngine,
  isRecord,
  parseSseFrames,
  postJson,
} from "./testing/engine-client";

const te = createTestEngine();

describe("raw SSE framing", () => {
  it("event lines equal JSON types, data is one line, no id lines, ends with [DONE]", async () => {
    const res = await postJson(te, "/v1/responses", {
      model: "local-echo",
      input: "raw bytes please",
      stream: true,
      reasoning: { effort: "low", summary: "auto" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    const text = await res.text();
    expect(text).not.toMatch(/^id:/m);
    const frames = parseSseFrames(text);
    expect(frames.at(-1)?.data).toBe("[DONE]");
    // output_text is an SDK convenience; servers never send it.
    expect(text).not.toContain('"output_text":');
    const dataFrames = frames.slice(0, -1);
    expect(dataFrames.length).toBeGreaterThan(3);
    dataFrames.forEach((frame, index) => {
      expect(frame.fields.filter((field) => field === "data")).toHaveLength(1);
      expect(frame.fields).not.toContain("id");
      const data: unknown = JSON.parse(frame.data);
      expect(isRecord(data)).toBe(true);
      if (!isRecord(data)) return;
      expect(frame.event).toBe(data.type);
      expect(data.sequence_number).toBe(index);
    });
  });
});
