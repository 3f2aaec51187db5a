import { describe, expect, it } from "vitest";
import { itemText, outputText } from "./item-helpers";
import { readSse } from "./parse-sse";
import { reduceEvents } from "./reduce-events";
import { toRunEvent, type RunEvent } from "./run-event";
import { completed, expectAgreesWithOracle } from "./testing/oracle";
import {
  at,
  byteStream,
  chunkBytes,
  created,
  delta,
  inProgress,
  msg,
  textPart,
} from "./testing/streams";

const logprob = {
  token: "Hi",
  logprob: -0.1,
  bytes: [72, 105],
  top_logprobs: [],
};

describe("message text", () => {
  it("builds text, logprobs and annotations exactly as the SDK does", () => {
    const partWithLogprobs = {
      type: "output_text",
      text: "",
      annotations: [],
      logprobs: [],
    };
    const annotation = {
      type: "url_citation",
      url: "https://example.com",
      title: "Ex",
      start_index: 0,
      end_index: 2,
    };
    const events = completed([
      created(),
      inProgress(),
      { type: "response.output_item.added", output_index: 0, item: msg },
      { type: "response.content_part.added", ...at, part: partWithLogprobs },
      {
        type: "response.output_text.delta",
        ...at,
        delta: "Hi",
        logprobs: [logprob],
      },
      {
        type: "response.output_text.delta",
        ...at,
        delta: " 😀 中文",
        logprobs: [],
      },
      {
        type: "response.output_text.annotation.added",
        ...at,
        annotation_index: 0,
        annotation,
      },
      {
        type: "response.output_text.done",
        ...at,
        text: "Hi 😀 中文",
        logprobs: [],
      },
      {
        type: "response.content_part.done",
        ...at,
        part: {
          ...partWithLogprobs,
          text: "Hi 😀 中文",
          annotations: [annotation],
        },
      },
      {
        type: "response.output_item.done",
        output_index: 0,
        item: {
          ...msg,
          status: "completed",
          content: [
            {
              ...partWithLogprobs,
              text: "Hi 😀 中文",
              annotations: [annotation],
            },
          ],
        },
      },
    ]);
    const { tree } = expectAgreesWithOracle(events.slice(0, 7));
    const part =
      tree.output[0]?.item.type === "message"
        ? tree.output[0].item.content[0]
        : undefined;
    expect(part).toEqual({
      type: "output_text",
      text: "Hi 😀 中文",
      annotations: [annotation],
      logprobs: [logprob],
    });
    const final = expectAgreesWithOracle(events).tree;
    expect(final.violations).toEqual([]);
    expect(final.output[0]?.done).toBe(true);
    expect(outputText(final.output)).toBe("Hi 😀 中文");
  });

  it("keeps the text of each delta as one rope-built string", () => {
    const deltas = Array.from({ length: 1000 }, (_, i) => `w${i} `);
    const tree = reduceEvents(
      completed([
        created(),
        { type: "response.output_item.added", output_index: 0, item: msg },
        { type: "response.content_part.added", ...at, part: textPart },
        ...deltas.map((text) => delta(text)),
      ]),
    );
    expect(outputText(tree.output)).toBe(deltas.join(""));
  });

  it("builds a refusal", () => {
    const events = completed([
      created(),
      { type: "response.output_item.added", output_index: 0, item: msg },
      {
        type: "response.content_part.added",
        ...at,
        part: { type: "refusal", refusal: "" },
      },
      { type: "response.refusal.delta", ...at, delta: "I can't " },
      { type: "response.refusal.delta", ...at, delta: "help." },
      { type: "response.refusal.done", ...at, refusal: "I can't help." },
    ]);
    const { tree } = expectAgreesWithOracle(events);
    expect(tree.violations.map((v) => v.code)).toEqual(["item_not_done"]);
    expect(tree.output[0] && itemText(tree.output[0].item)).toBe(
      "I can't help.",
    );
  });
});

describe("reasoning", () => {
  it("builds summary parts and reasoning_text content", () => {
    const item = { id: "rs_1", type: "reasoning", summary: [] };
    const on = { item_id: "rs_1", output_index: 0 };
    const events = completed([
      created(),
      { type: "response.output_item.added", output_index: 0, item },
      {
        type: "response.reasoning_summary_part.added",
        ...on,
        summary_index: 0,
        part: { type: "summary_text", text: "" },
      },
      {
        type: "response.reasoning_summary_text.delta",
        ...on,
        summary_index: 0,
        delta: "Think",
      },
      {
        type: "response.reasoning_summary_text.delta",
        ...on,
        summary_index: 0,
        delta: "ing",
      },
      {
        type: "response.reasoning_summary_text.done",
        ...on,
        summary_index: 0,
        text: "Thinking",
      },
      {
        type: "response.reasoning_summary_part.done",
        ...on,
        summary_index: 0,
        part: { type: "summary_text", text: "Thinking" },
      },
      {
        type: "response.content_part.added",
        ...on,
        content_index: 0,
        part: { type: "reasoning_text", text: "" },
      },
      {
        type: "response.reasoning_text.delta",
        ...on,
        content_index: 0,
        delta: "step 1",
      },
      {
        type: "response.reasoning_text.done",
        ...on,
        content_index: 0,
        text: "step 1",
      },
      {
        type: "response.content_part.done",
        ...on,
        content_index: 0,
        part: { type: "reasoning_text", text: "step 1" },
      },
      {
        type: "response.output_item.done",
        output_index: 0,
        item: {
          ...item,
          summary: [{ type: "summary_text", text: "Thinking" }],
          content: [{ type: "reasoning_text", text: "step 1" }],
        },
      },
    ]);
    const { tree } = expectAgreesWithOracle(events);
    expect(tree.violations).toEqual([]);
    expect(tree.output[0]?.item).toEqual({
      ...item,
      summary: [{ type: "summary_text", text: "Thinking" }],
      content: [{ type: "reasoning_text", text: "step 1" }],
    });
  });
});

describe("multibyte text over SSE", () => {
  it("ends with the exact text when emoji and CJK are split across chunks", async () => {
    const pieces = ["Grüße ", "👩‍💻 ", "中文テキスト", " 🎉🎉", " done"];
    const lines = [
      {
        type: "response.created",
        response: { id: "resp_1", status: "in_progress", output: [] },
      },
      { type: "response.output_item.added", output_index: 0, item: msg },
      { type: "response.content_part.added", ...at, part: textPart },
      ...pieces.map((text) => delta(text)),
    ].map(
      (data, i) =>
        `event: ${data.type}\ndata: ${JSON.stringify({ ...data, sequence_number: i })}\n\n`,
    );
    for (const size of [1, 2, 3, 5, 13]) {
      const events: RunEvent[] = [];
      await readSse(byteStream(chunkBytes(lines.join(""), size)), {
        onEvent: (message) =>
          events.push(toRunEvent(message, events.length, 0)),
      });
      const tree = reduceEvents(events);
      expect(tree.violations).toEqual([]);
      expect(outputText(tree.output)).toBe(pieces.join(""));
    }
  });
});
