import { afterEach, describe, expect, it } from "vitest";
import { initialResponse } from "../responses/response-object";
import { EngineStore } from "../store/engine-store";
import {
  ResponseRun,
  sequenceTail,
  withSequence,
  type RunFrame,
} from "./response-run";

const stores: EngineStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function run(persistEvents = false): ResponseRun {
  const store = new EngineStore(":memory:");
  stores.push(store);
  const response = initialResponse(
    { model: "local-echo" },
    {
      id: "resp_test",
      createdAt: 0,
      conversationId: null,
      defaultEffort: null,
    },
  );
  // Stored events belong to a stored response.
  if (persistEvents) store.insertResponse(response, []);
  return new ResponseRun(response, {
    store,
    persistResponse: false,
    persistEvents,
  });
}

const deltaType = "response.output_text.delta";
const delta = (text: string) => ({
  type: deltaType,
  delta: text,
});

describe("ResponseRun.emitLazily", () => {
  it("builds no event no one can read, yet numbers it", () => {
    const unobserved = run();
    let built = 0;
    unobserved.emitLazily(
      deltaType,
      (sequence) => (
        built++,
        withSequence(JSON.stringify(delta("a")), sequence)
      ),
    );
    expect(built).toBe(0);
    expect(unobserved.lastSequence).toBe(0);
  });

  it("builds and sends the event to a listener, numbered in order with the others", () => {
    const observed = run();
    const frames: RunFrame[] = [];
    observed.subscribe((frame) => frames.push(frame));
    observed.emit(delta("a"));
    observed.emitLazily(deltaType, (sequence) =>
      withSequence(JSON.stringify(delta("b")), sequence),
    );
    expect(
      frames.map((frame) => ("end" in frame ? "end" : frame.sequence)),
    ).toEqual([0, 1]);
    expect(frames[1]).toMatchObject({ type: "response.output_text.delta" });
    expect(JSON.parse((frames[1] as { json: string }).json)).toMatchObject({
      delta: "b",
      sequence_number: 1,
    });
  });

  it("builds the event of a background run, whose events are stored", () => {
    const background = run(true);
    let built = 0;
    background.emitLazily(
      deltaType,
      (sequence) => (
        built++,
        withSequence(JSON.stringify(delta("a")), sequence)
      ),
    );
    expect(built).toBe(1);
  });
});

describe("withSequence", () => {
  it("serializes as the event spread with sequence_number last", () => {
    const event = {
      type: "response.output_item.added",
      output_index: 2,
      item: { id: "msg_1", content: [{ text: 'a "quoted" }' }] },
    };
    expect(withSequence(JSON.stringify(event), 7)).toBe(
      JSON.stringify({ ...event, sequence_number: 7 }),
    );
  });
});

describe("ResponseRun lifecycle JSON", () => {
  const usage = {
    input_tokens: 1,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: 2,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: 3,
  };

  function storedRun(background: boolean) {
    const store = new EngineStore(":memory:");
    stores.push(store);
    const response = initialResponse(
      { model: "local-echo", background },
      {
        id: "resp_life",
        createdAt: 0,
        conversationId: null,
        defaultEffort: null,
      },
    );
    store.insertResponse(response, []);
    const live = new ResponseRun(response, {
      store,
      persistResponse: true,
      persistEvents: false,
    });
    const texts: string[] = [];
    live.subscribe((frame) => {
      if (!("end" in frame)) texts.push(frame.json);
    });
    return { store, live, texts };
  }

  const expected = (type: string, response: unknown, sequence: number) =>
    JSON.stringify({ type, response, sequence_number: sequence });

  it("announces a queued response as queued, then in progress", () => {
    const { live, texts } = storedRun(true);
    const queued = structuredClone(live.response);
    live.begin();
    expect(texts).toEqual([
      expected("response.created", queued, 0),
      expected("response.in_progress", live.response, 1),
    ]);
    expect(live.response.status).toBe("in_progress");
  });

  it("sends, stores and answers the final response as the same JSON of it", () => {
    const { store, live, texts } = storedRun(false);
    live.begin();
    expect(texts[1]).toBe(expected("response.in_progress", live.response, 1));
    live.complete(usage);
    live.end();
    expect(texts[2]).toBe(expected("response.completed", live.response, 2));
    expect(live.json()).toBe(JSON.stringify(live.response));
    expect(store.getResponseJson("resp_life")).toBe(live.json());
  });

  it("serializes again when the response changed after its final event", () => {
    const { store, live } = storedRun(false);
    live.begin();
    live.complete(usage);
    live.failMidStream({ code: "server_error", message: "late" }, usage);
    live.end();
    expect(store.getResponseJson("resp_life")).toBe(
      JSON.stringify(live.response),
    );
    expect(live.response.status).toBe("failed");
  });
});

describe("sequenceTail", () => {
  it("closes an event's text as withSequence does", () => {
    expect(`{"type":"a"${sequenceTail(4)}`).toBe(
      withSequence('{"type":"a"}', 4),
    );
  });
});
