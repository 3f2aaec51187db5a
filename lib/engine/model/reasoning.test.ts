import { describe, expect, it } from "vitest";
import { makeContext } from "./context-fixture";
import { planReasoning } from "./reasoning";

const facts = { userText: "Hello there", decision: "describe the input" };

function reasoningFor(effort: string, summary: string | null = null) {
  const item = planReasoning(
    makeContext({ reasoning: { effort, summary } }),
    facts,
  );
  if (item === null || item.type !== "reasoning")
    throw new Error("expected a reasoning item");
  return item;
}

describe("planReasoning", () => {
  it("produces nothing without reasoning or with effort none", () => {
    expect(planReasoning(makeContext(), facts)).toBeNull();
    expect(
      planReasoning(
        makeContext({ reasoning: { effort: "none", summary: "auto" } }),
        facts,
      ),
    ).toBeNull();
  });

  it("grows the hidden thought with effort", () => {
    const lengths = ["minimal", "low", "medium", "high", "xhigh"].map(
      (effort) => reasoningFor(effort).reasoning.length,
    );
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
    expect(new Set(lengths).size).toBe(5);
  });

  it("states the decision in the hidden thought", () => {
    expect(reasoningFor("low").reasoning).toContain(
      "I will describe the input.",
    );
  });

  it("summarises only when asked, longer when detailed", () => {
    expect(reasoningFor("medium").summary).toEqual([]);
    expect(reasoningFor("medium", "concise").summary).toEqual([
      "**Planning the reply**\n\nI will describe the input.",
    ]);
    const auto = reasoningFor("medium", "auto").summary;
    expect(auto).toHaveLength(1);
    expect(auto[0]).toContain("the last user message is 11 characters long");
    const detailed = reasoningFor("medium", "detailed").summary;
    expect(detailed).toHaveLength(2);
    expect(detailed.join("").length).toBeGreaterThan(auto.join("").length);
  });
});
