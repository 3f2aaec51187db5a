import OpenAI from "openai";
import type { ResponseStreamEvent } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import {
  TERMINAL_STATUSES,
  accumulate,
  collectEvents,
  createTestEngine,
  expectAllResponseKeys,
  pollUntil,
  postJson,
  readErrorEnvelope,
} from "./testing/engine-client";
import { startLongBackground } from "./testing/fixtures";

const te = createTestEngine();
const { client } = te;

const isTerminal = (status: string | undefined) =>
  status !== undefined && TERMINAL_STATUSES.has(status);

async function completedBackground(input: string) {
  const created = await client.responses.create({
    model: "local-echo",
    input,
    background: true,
  });
  const done = await pollUntil(client, created.id, (r) => isTerminal(r.status));
  expect(done.status).toBe("completed");
  return done;
}

function expectConsecutive(events: ResponseStreamEvent[], first: number) {
  expect(events.map((event) => event.sequence_number)).toEqual(
    events.map((_, i) => first + i),
  );
}

describe("background responses", () => {
  it("returns queued or in_progress at once and completes when polled", async () => {
    const created = await client.responses.create({
      model: "local-echo",
      input: "work in the background",
      background: true,
    });
    expectAllResponseKeys(created);
    expect(created.id).toMatch(/^resp_/);
    expect(created.background).toBe(true);
    expect(["queued", "in_progress"]).toContain(created.status);

    const done = await pollUntil(client, created.id, (r) =>
      isTerminal(r.status),
    );
    expect(done.status).toBe("completed");
    expect(done.background).toBe(true);
    expect(done.output_text).toContain("work in the background");
    expect(done.usage?.output_tokens).toBeGreaterThan(0);
  });

  it("background + stream streams the whole run and stores it", async () => {
    const stream = await client.responses.create({
      model: "local-echo",
      input: "streamed background",
      background: true,
      stream: true,
    });
    const events = await collectEvents(stream);
    expect(events[0]?.type).toBe("response.created");
    expectConsecutive(events, 0);
    expect(events.at(-1)?.type).toBe("response.completed");
    const accumulated = accumulate(events);
    const stored = await client.responses.retrieve(accumulated.id);
    expect(stored.status).toBe("completed");
    expect(accumulated.output).toEqual(stored.output);
  });

  it("retrieve with stream=true replays the stored events from the start", async () => {
    const done = await completedBackground("replay everything");
    const events = await collectEvents(
      await client.responses.retrieve(done.id, { stream: true }),
    );
    expect(events[0]?.type).toBe("response.created");
    expectConsecutive(events, 0);
    expect(events.at(-1)?.type).toBe("response.completed");
    const accumulated = accumulate(events);
    expect(accumulated.output).toEqual(done.output);
  });

  it("starting_after=N replays only events with sequence_number > N", async () => {
    const done = await completedBackground("replay after three");
    const all = await collectEvents(
      await client.responses.retrieve(done.id, { stream: true }),
    );
    const tail = await collectEvents(
      await client.responses.retrieve(done.id, {
        stream: true,
        starting_after: 3,
      }),
    );
    expect(tail[0]?.sequence_number).toBe(4);
    expectConsecutive(tail, 4);
    expect(tail).toEqual(all.filter((event) => event.sequence_number > 3));
    expect(tail.at(-1)?.type).toBe("response.completed");
  });

  it("starting_after=0 via raw HTTP sends SSE ending with [DONE]", async () => {
    const done = await completedBackground("raw replay");
    const res = await te.engineFetch(
      `/v1/responses/${done.id}?stream=true&starting_after=0`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const text = await res.text();
    expect(text).toContain("event: response.completed");
    expect(text.trimEnd().endsWith("data: [DONE]")).toBe(true);
    expect(text).not.toMatch(/"sequence_number":0[,}]/);
  });

  it("background with store:false is rejected with 400", async () => {
    const error: unknown = await client.responses
      .create({
        model: "local-echo",
        input: "no store",
        background: true,
        store: false,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
  });

  it("cancelling a response that is not background is a 400", async () => {
    const created = await client.responses.create({
      model: "local-echo",
      input: "foreground",
    });
    const res = await postJson(te, `/v1/responses/${created.id}/cancel`, {});
    expect(res.status).toBe(400);
    const error = await readErrorEnvelope(res);
    expect(error).toMatchObject({
      type: "invalid_request_error",
      message: "Cannot cancel a synchronous response.",
    });
    await expect(client.responses.cancel(created.id)).rejects.toBeInstanceOf(
      OpenAI.BadRequestError,
    );
  });

  it("cancelling a background response that ended is a 400 naming how it ended", async () => {
    const completed = await completedBackground("done already");
    await expect(client.responses.cancel(completed.id)).rejects.toThrow(
      "400 Cannot cancel a completed response.",
    );
    const failed = await client.responses.create({
      model: "local-echo",
      input: "/fail",
      background: true,
    });
    await pollUntil(client, failed.id, (r) => r.status === "failed");
    await expect(client.responses.cancel(failed.id)).rejects.toThrow(
      "400 Cannot cancel a failed response.",
    );
    expect((await client.responses.retrieve(completed.id)).status).toBe(
      "completed",
    );
  });

  it("cancelling an unknown response is a 404", async () => {
    await expect(
      client.responses.cancel("resp_missing"),
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });
});

describe("background responses on a paced engine", () => {
  it("a stream attached mid-run continues to the end", async () => {
    const paced = createTestEngine({ tokensPerSecond: 2000 });
    const created = await paced.client.responses.create({
      model: "local-echo",
      input: "live follow /words 300",
      background: true,
    });
    const events = await collectEvents(
      await paced.client.responses.retrieve(created.id, {
        stream: true,
        starting_after: 1,
      }),
    );
    expect(events[0]?.sequence_number).toBe(2);
    expectConsecutive(events, 2);
    expect(events.at(-1)?.type).toBe("response.completed");
    const stored = await paced.client.responses.retrieve(created.id);
    expect(stored.status).toBe("completed");
    paced.close();
  });

  it("cancel stops a long background response: status cancelled", async () => {
    const paced = createTestEngine({ tokensPerSecond: 200 });
    const created = await startLongBackground(paced.client);

    const cancelled = await paced.client.responses.cancel(created.id);
    expectAllResponseKeys(cancelled);
    expect(cancelled.id).toBe(created.id);
    expect(cancelled.status).toBe("cancelled");

    const retrieved = await paced.client.responses.retrieve(created.id);
    expect(retrieved.status).toBe("cancelled");
    // Cancelling again answers with the cancelled response, as the API does.
    expect((await paced.client.responses.cancel(created.id)).status).toBe(
      "cancelled",
    );

    // A stream replayed after cancellation ends instead of hanging, and never reports completion.
    const events = await collectEvents(
      await paced.client.responses.retrieve(created.id, { stream: true }),
    );
    expect(events.some((event) => event.type === "response.completed")).toBe(
      false,
    );
    paced.close();
  });
});
