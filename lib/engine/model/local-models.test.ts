import { describe, expect, it } from "vitest";
import { makeContext } from "./context-fixture";
import { DEFAULT_MODEL_ID, localModels, resolveModel } from "./local-models";

describe("local models", () => {
  it("lists the echo models in order, the default first", () => {
    expect(
      localModels.map((model) => [model.id, model.reasonsByDefault]),
    ).toEqual([
      ["local-echo", false],
      ["local-echo-reasoning", true],
    ]);
    expect(
      localModels.every((model) => /deterministic/i.test(model.description)),
    ).toBe(true);
  });

  it("resolves known ids and sends every other id to the default", () => {
    expect(resolveModel("local-echo-reasoning").id).toBe(
      "local-echo-reasoning",
    );
    expect(resolveModel("gpt-4o").id).toBe(DEFAULT_MODEL_ID);
  });

  it("names the serving model in the reply", () => {
    const plan = resolveModel("local-echo-reasoning").plan(
      makeContext({ model: "local-echo-reasoning" }),
    );
    expect(plan.items[0]).toMatchObject({
      type: "message",
      text: expect.stringContaining("I am local-echo-reasoning,") as unknown,
    });
  });
});
