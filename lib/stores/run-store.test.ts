import type { ResponseOutputItem } from "openai/resources/responses/responses";
import { beforeEach, describe, expect, it } from "vitest";
import { useRunStore, type ThreadOrigin } from "./run-store";

const call = {
  type: "function_call",
  id: "fc_1",
  call_id: "call_1",
  name: "get_weather",
  arguments: "{}",
  status: "completed",
} as ResponseOutputItem;

const continuing: ThreadOrigin = {
  upstream: "local",
  previousResponseId: "resp_a",
  items: [],
  label: "Continuing from resp_a",
  notes: [],
};

const actions = () => useRunStore.getState().actions;
const origin = () => useRunStore.getState().origin;

describe("the origin's output", () => {
  beforeEach(() => actions().clearThread());

  it("is kept for the stored response the thread continues from", () => {
    actions().startFrom(continuing);
    actions().setOriginOutput("resp_other", [call]);
    expect(origin()?.output).toBeUndefined();
    actions().setOriginOutput("resp_a", [call]);
    expect(origin()?.output).toEqual([call]);
  });

  it("is not kept when resent items follow it, or a fork's draft carries the answers", () => {
    actions().startFrom({ ...continuing, items: [{ role: "user" }] });
    actions().setOriginOutput("resp_a", [call]);
    expect(origin()?.output).toBeUndefined();
    actions().startFrom({ ...continuing, draftAnswers: true });
    actions().setOriginOutput("resp_a", [call]);
    expect(origin()?.output).toBeUndefined();
  });
});
