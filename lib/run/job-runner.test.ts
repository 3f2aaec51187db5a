import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from "vitest";
import { createTestEngine } from "@/lib/engine/testing/engine-client";
import { useJobsStore } from "@/lib/stores/jobs-store";
import { useRunStore } from "@/lib/stores/run-store";
import { followJob } from "./job-runner";

// Node has no web storage; Map-backed ones let the stores persist as they do in a browser.
vi.hoisted(() => {
  const storage = () => {
    const items = new Map<string, string>();
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
  };
  Object.assign(globalThis, {
    localStorage: storage(),
    sessionStorage: storage(),
  });
});

// The proxy's paths map onto a real engine in-process; the stub only cuts or rewrites what the test says.
const te = createTestEngine({ tokensPerSecond: 3000 });
const proxyPrefix = "/api/proxy/local/v1/";
let attaches: string[] = [];
let transform: (path: string, response: Response) => Response = (_, r) => r;

beforeAll(() => {
  vi.stubGlobal(
    "fetch",
    async (input: string | URL | Request, init?: RequestInit) => {
      const url =
        typeof input === "string"
          ? input
          : input instanceof URL
            ? input.href
            : input.url;
      const path = url.slice(proxyPrefix.length);
      if (path.includes("stream=true")) attaches.push(path);
      return transform(path, await te.engineFetch(`/v1/${path}`, init));
    },
  );
});
afterAll(() => vi.unstubAllGlobals());

/** A body that breaks after `bytes` bytes, like a connection dropped mid-event. */
function cutAfter(response: Response, bytes: number): Response {
  let sent = 0;
  const cut = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      const room = bytes - sent;
      if (room <= 0) return controller.error(new Error("connection reset"));
      controller.enqueue(chunk.slice(0, room));
      sent += Math.min(room, chunk.length);
      if (sent >= bytes) controller.error(new Error("connection reset"));
    },
  });
  return new Response(response.body?.pipeThrough(cut) ?? null, {
    status: response.status,
    headers: response.headers,
  });
}

async function startBackground(words: number): Promise<string> {
  const created = await te.engineFetch("/v1/responses", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      model: "local-echo",
      input: `/words ${words}`,
      background: true,
    }),
  });
  return ((await created.json()) as { id: string }).id;
}

function startTurn(turnId: string) {
  useRunStore.getState().actions.startTurn({
    id: turnId,
    upstream: "local",
    request: { background: true },
    newInput: [],
  });
}

const turn = (turnId: string) =>
  useRunStore.getState().turns.find((t) => t.id === turnId);

describe("followJob", () => {
  beforeEach(() => {
    attaches = [];
    transform = (_, r) => r;
    useRunStore.getState().actions.clearThread();
    useJobsStore.setState({ jobs: [] });
  });

  it("re-attaches after dropped connections with every event exactly once", async () => {
    const responseId = await startBackground(400);
    let cuts = 0;
    transform = (path, response) =>
      path.includes("stream=true") && cuts++ < 3
        ? cutAfter(response, 3000)
        : response;
    startTurn("t1");
    await followJob(
      { turnId: "t1", upstream: "local", responseId },
      0,
      new AbortController().signal,
    );

    const events = turn("t1")?.events ?? [];
    expect(events.map((e) => e.sequenceNumber)).toEqual(
      events.map((_, index) => index),
    );
    expect(events.at(-1)?.type).toBe("response.completed");
    expect(turn("t1")?.tree.violations).toEqual([]);
    expect(turn("t1")?.phase).toBe("done");
    expect(attaches.length).toBeGreaterThanOrEqual(4);
    expect(attaches[0]).not.toContain("starting_after");
    expect(attaches[1]).toMatch(/starting_after=\d+/);
    const job = useJobsStore.getState().jobs.find((j) => j.turnId === "t1");
    expect(job).toMatchObject({ responseId, status: "completed" });
    expect(job?.lastSequence).toBe(events.length - 1);
  });

  it("polls when the upstream answers a streaming retrieve with JSON", async () => {
    const responseId = await startBackground(50);
    transform = (path, response) =>
      path.includes("stream=true")
        ? new Response(
            JSON.stringify({ error: { message: "no streams here" } }),
            {
              status: 400,
              headers: { "content-type": "application/json" },
            },
          )
        : response;
    startTurn("t2");
    await followJob(
      { turnId: "t2", upstream: "local", responseId },
      0,
      new AbortController().signal,
    );
    const finished = turn("t2");
    expect(finished?.events.every((e) => e.synthetic)).toBe(true);
    expect(finished?.tree.status).toBe("completed");
    expect(finished?.phase).toBe("done");
    expect(attaches).toHaveLength(1);
  });

  it("settles as cancelled when the response is cancelled while followed", async () => {
    const responseId = await startBackground(20_000);
    startTurn("t3");
    const following = followJob(
      { turnId: "t3", upstream: "local", responseId },
      0,
      new AbortController().signal,
    );
    await vi.waitFor(() =>
      expect(turn("t3")?.events.length ?? 0).toBeGreaterThan(5),
    );
    await te.client.responses.cancel(responseId);
    await following;
    expect(turn("t3")?.phase).toBe("cancelled");
    expect(
      useJobsStore.getState().jobs.find((j) => j.turnId === "t3")?.status,
    ).toBe("cancelled");
  });
});
