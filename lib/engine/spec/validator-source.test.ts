import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validatorFor } from "./request-validators";
import { validatorSource, validatorsFile } from "./validator-source";

describe("the generated request validators", () => {
  it("are what the spec, its patches and the transform compile to now", () => {
    const committed = readFileSync(
      new URL(validatorsFile, import.meta.url),
      "utf8",
    );
    // A boolean, so a stale file reports one line rather than a megabyte of diff.
    expect(
      committed === validatorSource(),
      "lib/engine/spec/openapi-validators.js is stale: run `npm run generate:validators`",
    ).toBe(true);
  });

  it("are found by method and path, with none for an operation without a body", () => {
    const create = validatorFor("body", "POST", "/responses");
    expect(create?.({ model: "local-echo", input: "hi" })).toBe(true);
    expect(create?.({ model: "local-echo", inptu: "hi" })).toBe(false);
    expect(create?.errors?.[0]).toMatchObject({
      keyword: "additionalProperties",
      params: { additionalProperty: "inptu" },
    });
    expect(validatorFor("body", "GET", "/responses/{response_id}")).toBeNull();
    expect(
      validatorFor(
        "query",
        "GET",
        "/responses/{response_id}",
      )?.({
        include: ["message.output_text.logprobs"],
      }),
    ).toBe(true);
  });

  it("count a string's length in code points, as the spec's maxLength means", () => {
    const create = validatorFor("body", "POST", "/responses");
    const withValue = (value: string) => ({
      model: "local-echo",
      input: "hi",
      metadata: { note: value },
    });
    // Each emoji is two UTF-16 code units: 512 of them are 512 characters, within the limit.
    expect(create?.(withValue("😀".repeat(512)))).toBe(true);
    expect(create?.(withValue("😀".repeat(513)))).toBe(false);
    expect(create?.errors?.[0]?.keyword).toBe("maxLength");
  });
});
