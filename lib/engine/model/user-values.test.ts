import { describe, expect, it } from "vitest";
import {
  isFreeTextName,
  isRequestName,
  lastCapitalisedName,
  parsePairs,
  quotedPhrase,
} from "./user-values";

describe("parsePairs", () => {
  it("reads name=value tokens and name: value phrases", () => {
    const pairs = parsePairs(
      "Extract: name: Ada Lovelace, age: 36 tags=x,y; city=Paris.",
    );
    expect(pairs.get("name")).toBe("Ada Lovelace");
    expect(pairs.get("age")).toBe("36");
    expect(pairs.get("tags")).toBe("x,y");
    expect(pairs.get("city")).toBe("Paris");
    expect(pairs.has("extract")).toBe(false);
  });

  it("reads quoted and bracketed values, keys case-insensitive, first wins", () => {
    const pairs = parsePairs(
      `City="New York" list=[1, 2] obj: {"a": 1} city=Rome`,
    );
    expect(pairs.get("city")).toBe("New York");
    expect(pairs.get("list")).toBe("[1, 2]");
    expect(pairs.get("obj")).toBe(`{"a": 1}`);
  });

  it("stops a colon value at the end of a sentence", () => {
    expect(parsePairs("unit: celsius. Thanks a lot").get("unit")).toBe(
      "celsius",
    );
  });
});

describe("quotedPhrase", () => {
  it("returns the first quoted phrase that is not a pair value", () => {
    expect(quotedPhrase(`unit="c" search for "best pizza" and "more"`)).toBe(
      "best pizza",
    );
    expect(quotedPhrase("find “smart quotes” too")).toBe("smart quotes");
    expect(quotedPhrase("no quotes here")).toBeUndefined();
  });
});

describe("lastCapitalisedName", () => {
  it("takes the last run of capitalised words, skipping sentence starts, I, and excluded names", () => {
    expect(
      lastCapitalisedName("What is the weather in Paris and Rome?", []),
    ).toBe("Rome");
    expect(
      lastCapitalisedName("What is the weather? Paris is nice", []),
    ).toBeUndefined();
    expect(lastCapitalisedName("Can I use Lookup for Berlin", ["Lookup"])).toBe(
      "Berlin",
    );
    expect(
      lastCapitalisedName("weather in Berlin via Lookup", ["Lookup"]),
    ).toBe("Berlin");

    expect(
      lastCapitalisedName("What's the weather in San Francisco?", []),
    ).toBe("San Francisco");
    expect(lastCapitalisedName("Paris Hilton and New York City", [])).toBe(
      "New York City",
    );
    expect(lastCapitalisedName("Paris Hilton is here", [])).toBe("Hilton");
  });
});

describe("isFreeTextName", () => {
  it("recognises place and query arguments", () => {
    expect(
      [
        "location",
        "city",
        "query",
        "search_query",
        "q",
        "destination_city",
      ].every(isFreeTextName),
    ).toBe(true);
    expect(["unit", "days", "equality"].some(isFreeTextName)).toBe(false);
  });
});

describe("isRequestName", () => {
  it("recognises arguments that take the request itself", () => {
    expect(
      ["input", "prompt", "user_message", "question", "text", "task"].every(
        isRequestName,
      ),
    ).toBe(true);
    expect(
      ["city", "input_format", "textual", "count"].some(isRequestName),
    ).toBe(false);
  });
});
