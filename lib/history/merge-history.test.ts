import { describe, expect, it } from "vitest";
import { createTestEngine } from "@/lib/engine/testing/engine-client";
import type { ResponseHistoryEntry } from "./history-db";
import {
  distinctValues,
  filterHistory,
  mergeHistory,
  noFilters,
} from "./merge-history";

const { client } = createTestEngine();

function entry(
  id: string,
  overrides: Partial<ResponseHistoryEntry> = {},
): ResponseHistoryEntry {
  return {
    upstream: "local",
    id,
    model: "local-echo",
    status: "completed",
    createdAt: 1_000,
    inputPreview: "",
    outputPreview: "",
    metadata: {},
    deleted: false,
    background: false,
    previousResponseId: null,
    conversationId: null,
    ...overrides,
  };
}

describe("mergeHistory", () => {
  it("merges the engine's list into the browser's history, newest first", async () => {
    const fromSdk = await client.responses.create({
      model: "local-echo",
      input: "made by a script",
    });
    const fromPlayground = await client.responses.create({
      model: "local-echo",
      input: "made in the playground",
    });
    const local = [
      entry(fromPlayground.id, {
        status: "in_progress",
        createdAt: fromPlayground.created_at * 1000,
        inputPreview: "made in the playground",
      }),
      entry("resp_elsewhere", { upstream: "openai", createdAt: 5 }),
    ];
    const merged = mergeHistory(local, {
      upstream: "local",
      responses: [fromPlayground, fromSdk],
    });
    expect(merged.map((e) => [e.upstream, e.id])).toEqual([
      ...[fromPlayground, fromSdk]
        .sort((a, b) => b.created_at - a.created_at || a.id.localeCompare(b.id))
        .map((r) => ["local", r.id]),
      ["openai", "resp_elsewhere"],
    ]);
    const playground = merged.find((e) => e.id === fromPlayground.id);
    // The engine's status is newer; the input preview only the browser knew.
    expect(playground?.status).toBe("completed");
    expect(playground?.inputPreview).toBe("made in the playground");
    expect(merged.find((e) => e.id === fromSdk.id)?.inputPreview).toBe("");
  });

  it("keeps an entry the browser marked deleted marked", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "x",
    });
    const merged = mergeHistory([entry(response.id, { deleted: true })], {
      upstream: "local",
      responses: [response],
    });
    expect(merged).toHaveLength(1);
    expect(merged[0]?.deleted).toBe(true);
  });

  it("is the browser's history alone when nothing is listed", () => {
    const local = [
      entry("resp_a", { createdAt: 1 }),
      entry("resp_b", { createdAt: 2 }),
    ];
    expect(mergeHistory(local, null).map((e) => e.id)).toEqual([
      "resp_b",
      "resp_a",
    ]);
  });
});

describe("filterHistory", () => {
  const entries = [
    entry("resp_weather", {
      inputPreview: "What is the weather in Paris?",
      outputPreview: "Sunny",
    }),
    entry("resp_poem", {
      model: "local-echo-reasoning",
      status: "incomplete",
      inputPreview: "Write a poem",
    }),
    entry("resp_remote", {
      upstream: "openai",
      outputPreview: "PARIS is nice",
      metadata: { project: "atlas" },
    }),
  ];
  const ids = (filters: Partial<typeof noFilters>) =>
    filterHistory(entries, { ...noFilters, ...filters }).map((e) => e.id);

  it("matches every search word in the previews, id or model, ignoring case", () => {
    expect(ids({})).toEqual(["resp_weather", "resp_poem", "resp_remote"]);
    expect(ids({ search: "paris" })).toEqual(["resp_weather", "resp_remote"]);
    expect(ids({ search: "paris sunny" })).toEqual(["resp_weather"]);
    expect(ids({ search: "reasoning" })).toEqual(["resp_poem"]);
    expect(ids({ search: "ATLAS" })).toEqual(["resp_remote"]);
    expect(ids({ search: "nothing like this" })).toEqual([]);
  });

  it("filters by upstream, model and status", () => {
    expect(ids({ upstream: "openai" })).toEqual(["resp_remote"]);
    expect(ids({ model: "local-echo-reasoning" })).toEqual(["resp_poem"]);
    expect(ids({ status: "completed", upstream: "local" })).toEqual([
      "resp_weather",
    ]);
  });

  it("offers each distinct value once", () => {
    expect(distinctValues(entries, "upstream")).toEqual(["local", "openai"]);
    expect(distinctValues(entries, "status")).toEqual([
      "completed",
      "incomplete",
    ]);
  });
});
