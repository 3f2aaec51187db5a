import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { reduceEvents } from "./reduce-events";
import { settleFromSnapshot } from "./settle-snapshot";
import {
  at,
  created,
  delta,
  eventsOf,
  inProgress,
  msg,
  responseOf,
  textPart,
} from "./testing/streams";

const search = {
  id: "ws_1",
  type: "web_search_call",
  status: "in_progress",
  action: { type: "search", query: "q" },
};

// A cancelled background response's stream: it stops mid-message, with no closing event.
const tree = reduceEvents(
  eventsOf([
    created(),
    inProgress(),
    { type: "response.output_item.added", output_index: 0, item: search },
    {
      type: "response.web_search_call.searching",
      output_index: 0,
      item_id: "ws_1",
    },
    { type: "response.output_item.added", output_index: 1, item: msg },
    {
      type: "response.content_part.added",
      ...at,
      output_index: 1,
      part: textPart,
    },
    delta("Half a sen", { output_index: 1 }),
  ]),
);

const snapshot = responseOf("cancelled", {
  output: [
    { ...search, status: "incomplete" },
    {
      ...msg,
      status: "incomplete",
      content: [{ ...textPart, text: "Half a sen" }],
    },
  ],
}) as unknown as ApiResponse;

describe("settleFromSnapshot", () => {
  it("gives each item still open the status the retrieved Response has, and keeps what was streamed", () => {
    const settled = settleFromSnapshot(tree, snapshot);
    expect(
      settled.output.map((node) =>
        "status" in node.item ? node.item.status : null,
      ),
    ).toEqual(["incomplete", "incomplete"]);
    expect(settled.output.map((node) => node.phase)).toEqual([null, null]);
    expect(settled.output[1]?.item).toMatchObject({
      content: [{ text: "Half a sen" }],
    });
    expect(settled.violations).toEqual(tree.violations);
    expect(settled.eventCount).toBe(tree.eventCount);
  });

  it("leaves the tree as it is when the snapshot has nothing new for it", () => {
    const other = responseOf("cancelled", {
      output: [],
    }) as unknown as ApiResponse;
    expect(settleFromSnapshot(tree, other)).toBe(tree);
  });
});
