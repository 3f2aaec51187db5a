import { describe, expect, it } from "vitest";
import { meetsBudget } from "./budgets";
import { formatReport } from "./report";

describe("bench report", () => {
  it("checks a maximum and a minimum against the issue's numbers", () => {
    expect(
      meetsBudget({
        label: "a",
        value: 80,
        unit: "ms",
        budget: "renderFinalTextMs",
      }),
    ).toBe(true);
    expect(
      meetsBudget({
        label: "a",
        value: 81,
        unit: "ms",
        budget: "renderFinalTextMs",
      }),
    ).toBe(false);
    expect(
      meetsBudget({
        label: "b",
        value: 1_999,
        unit: "req/s",
        budget: "engineNextCreatesPerSecond",
      }),
    ).toBe(false);
  });

  it("prints each figure beside its budget and marks a miss", () => {
    const text = formatReport([
      {
        label: "final text, 20,000 deltas",
        value: 120.4,
        unit: "ms",
        budget: "renderFinalTextMs",
      },
      {
        label: "creates, standalone",
        value: 9_100,
        unit: "req/s",
        budget: "engineStandaloneCreatesPerSecond",
      },
    ]);
    expect(text).toMatch(
      /final text, 20,000 deltas\s+120 ms\s+budget ≤ 80.00 ms\s+MISSED/,
    );
    expect(text).toMatch(
      /creates, standalone\s+9,100 req\/s\s+budget ≥ 8,845 req\/s\s+ok/,
    );
  });
});
