import { describe, expect, it } from "vitest";
import { checkValue, compileSchema, isValid } from "./schema-validate";

describe("schema validation", () => {
  it("reports ajv errors for invalid values", () => {
    const result = checkValue(
      {
        type: "object",
        properties: { a: { type: "integer" } },
        required: ["a", "b"],
      },
      { a: "x" },
    );
    expect(result.valid).toBe(false);
    expect(result.valid ? "" : result.errors).toMatch(
      /must have required property 'b'/,
    );
    expect(result.valid ? "" : result.errors).toMatch(
      /output\/a must be integer/,
    );
  });

  it("checks the supported formats", () => {
    expect(isValid({ type: "string", format: "email" }, "a@b.co")).toBe(true);
    expect(isValid({ type: "string", format: "email" }, "not an email")).toBe(
      false,
    );
    expect(isValid({ type: "string", format: "date" }, "2025-13-01")).toBe(
      false,
    );
    expect(
      isValid(
        { type: "string", format: "uuid" },
        "00000000-0000-4000-8000-000000000000",
      ),
    ).toBe(true);
    expect(
      isValid({ type: "string", format: "date-time" }, "2025-01-01 12:00"),
    ).toBe(false);
  });

  it("searches a pattern in time linear in the text, and refuses one RE2 cannot read", () => {
    const pattern = { type: "string", pattern: "^(a+)+$" };
    // JavaScript's backtracking matcher takes seconds to fail on these 32 a's, twice as long with each more.
    expect(isValid(pattern, `${"a".repeat(32)}!`)).toBe(false);
    expect(isValid(pattern, "aaa")).toBe(true);
    expect(isValid({ type: "string", pattern: "b" }, "abc")).toBe(true);
    const lookahead = checkValue({ type: "string", pattern: "(?=a)a" }, "a");
    expect(lookahead.valid ? "" : lookahead.errors).toMatch(
      /^invalid schema \(.*\(\?=/,
    );
  });

  it("caches compiled validators by schema JSON", () => {
    expect(compileSchema({ type: "string", minLength: 2 })).toBe(
      compileSchema({ type: "string", minLength: 2 }),
    );
  });

  it("accepts draft 2020-12 schemas and reports broken ones instead of throwing", () => {
    expect(
      isValid(
        {
          $schema: "https://json-schema.org/draft/2020-12/schema",
          type: "integer",
        },
        3,
      ),
    ).toBe(true);
    const broken = checkValue(
      { type: "object", properties: { a: { $ref: "#/$defs/missing" } } },
      {},
    );
    expect(broken.valid ? "" : broken.errors).toMatch(/^invalid schema/);
  });
});
