import { describe, expect, it } from "vitest";
import { sampleFromSchema, type SampleHints } from "./schema-sample";
import { checkValue } from "./schema-validate";

const noHints: SampleHints = {
  pairValue: () => undefined,
  freeString: () => undefined,
};

function hints(pairs: Record<string, string>, free?: string): SampleHints {
  return { pairValue: (name) => pairs[name], freeString: () => free };
}

/** Samples and asserts the value validates, since validity is the sampler's whole promise. */
function sampleValid(
  schema: Record<string, unknown>,
  sampleHints: SampleHints = noHints,
): unknown {
  const value = sampleFromSchema(schema, sampleHints);
  expect(checkValue(schema, value)).toEqual({ valid: true });
  return value;
}

describe("sampleFromSchema", () => {
  it("fills every property, required ones first", () => {
    const schema = {
      type: "object",
      properties: {
        a: { type: "string" },
        b: { type: "integer" },
        c: { type: "boolean" },
        d: { type: "null" },
      },
      required: ["c", "b"],
    };
    const value = sampleValid(schema);
    expect(Object.keys(value as object)).toEqual(["c", "b", "a", "d"]);
    expect(value).toEqual({ c: true, b: 0, a: "example", d: null });
  });

  it("honours string constraints: enum, const, formats, lengths, pattern", () => {
    const value = sampleValid({
      type: "object",
      properties: {
        color: { type: "string", enum: ["red", "green"] },
        fixed: { const: "same" },
        day: { type: "string", format: "date" },
        at: { type: "string", format: "date-time" },
        mail: { type: "string", format: "email" },
        link: { type: "string", format: "uri" },
        id: { type: "string", format: "uuid" },
        short: { type: "string", maxLength: 3 },
        long: { type: "string", minLength: 12 },
        code: { type: "string", pattern: "^[A-Z]{2}\\d{3}$" },
      },
    });
    expect(value).toMatchObject({
      color: "red",
      fixed: "same",
      day: "2025-01-01",
      code: "AA000",
    });
    expect(value).toMatchObject({ short: "exa", long: "examplexxxxx" });
  });

  it("honours number bounds, exclusive bounds and multipleOf", () => {
    const value = sampleValid({
      type: "object",
      properties: {
        n1: { type: "integer", minimum: 5, maximum: 9 },
        n2: { type: "number", exclusiveMinimum: 0, multipleOf: 0.25 },
        n3: { type: "integer", maximum: -3 },
        n4: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
        n5: { type: "integer", minimum: 7, multipleOf: 5 },
      },
    });
    expect(value).toEqual({ n1: 5, n2: 0.25, n3: -3, n4: 0.5, n5: 10 });
  });

  it("honours minItems, maxItems, uniqueItems and tuples", () => {
    const value = sampleValid({
      type: "object",
      properties: {
        many: {
          type: "array",
          items: { type: "string" },
          minItems: 3,
          uniqueItems: true,
        },
        none: { type: "array", items: { type: "string" }, maxItems: 0 },
        one: { type: "array", items: { type: "integer" } },
        pick: {
          type: "array",
          items: { enum: ["x", "y"] },
          minItems: 2,
          uniqueItems: true,
        },
        pair: {
          type: "array",
          items: [{ type: "string" }, { type: "integer" }],
        },
      },
    });
    expect(value).toEqual({
      many: ["example", "example 2", "example 3"],
      none: [],
      one: [0],
      pick: ["x", "y"],
      pair: ["example", 0],
    });
  });

  it("resolves $ref into $defs and definitions and prefers non-null in type arrays", () => {
    const value = sampleValid({
      type: "object",
      properties: {
        a: { $ref: "#/$defs/A" },
        b: { $ref: "#/definitions/B" },
        c: { type: ["string", "null"] },
      },
      $defs: {
        A: {
          type: "object",
          properties: { x: { type: "integer", minimum: 2 } },
          required: ["x"],
        },
      },
      definitions: { B: { type: "string", enum: ["only"] } },
    });
    expect(value).toEqual({ a: { x: 2 }, b: "only", c: "example" });
  });

  it("takes the first anyOf/oneOf branch that validates", () => {
    const value = sampleValid({
      type: "object",
      properties: {
        any: {
          anyOf: [
            { type: "string", minLength: 5, maxLength: 2 },
            { type: "integer", minimum: 3 },
          ],
        },
        one: { oneOf: [{ type: "number", multipleOf: 2 }, { type: "string" }] },
      },
    });
    expect(value).toEqual({ any: 3, one: 0 });
  });

  it("terminates on recursive schemas and still validates", () => {
    const value = sampleValid({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        node: {
          type: "object",
          properties: {
            name: { type: "string" },
            children: { type: "array", items: { $ref: "#/$defs/node" } },
          },
          required: ["name", "children"],
        },
      },
      $ref: "#/$defs/node",
    });
    expect(value).toMatchObject({
      name: "example",
      children: [{ name: "example" }],
    });
  });

  it("samples recursive anyOf trees lazily and validly", () => {
    const branch = { anyOf: [{ $ref: "#/$defs/node" }, { type: "null" }] };
    const value = sampleValid({
      $defs: {
        node: {
          type: "object",
          properties: { v: { type: "integer" }, left: branch, right: branch },
          required: ["v", "left", "right"],
          additionalProperties: false,
        },
      },
      $ref: "#/$defs/node",
    });
    expect(value).toMatchObject({ v: 0, left: { v: 0, left: { v: 0 } } });
    expect(JSON.stringify(value).length).toBeLessThan(20_000);
  });

  it("fills properties from user pairs, coerced to the property type, only where they fit", () => {
    const schema = {
      type: "object",
      properties: {
        name: { type: "string" },
        age: { type: "integer", minimum: 0 },
        admin: { type: "boolean" },
        tags: { type: "array", items: { type: "string" } },
        scores: { type: "array", items: { type: "number" } },
        level: { type: "string", enum: ["Low", "High"] },
        small: { type: "integer", maximum: 5 },
      },
    };
    const pairs = {
      name: "Ada",
      age: "36",
      admin: "yes",
      tags: "a, b",
      scores: "1,2.5",
      level: "high",
      small: "99",
    };
    expect(sampleValid(schema, hints(pairs))).toEqual({
      name: "Ada",
      age: 36,
      admin: true,
      tags: ["a", "b"],
      scores: [1, 2.5],
      level: "High",
      small: 0,
    });
  });

  it("gives unconstrained strings the free text, truncated to maxLength", () => {
    const schema = {
      type: "object",
      properties: {
        summary: { type: "string" },
        title: { type: "string", maxLength: 5 },
        mail: { type: "string", format: "email" },
      },
    };
    expect(sampleValid(schema, hints({}, "Hello world"))).toEqual({
      summary: "Hello world",
      title: "Hello",
      mail: "user@example.com",
    });
  });

  it("uses default and examples when there is no better value", () => {
    const schema = {
      type: "object",
      properties: {
        unit: { type: "string", default: "celsius" },
        n: { type: "integer", examples: [42] },
      },
    };
    expect(sampleValid(schema)).toEqual({ unit: "celsius", n: 42 });
  });
});
