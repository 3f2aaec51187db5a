import { expect, it } from "vitest";
import { jsonSchemaProblem, loadJsonSchemaChecker } from "./json-schema-check";

const badSchema = { type: "object", properties: { a: { type: "strnig" } } };

it("answers nothing until ajv has loaded, starts loading it, then says what is wrong", async () => {
  expect(jsonSchemaProblem(badSchema)).toBeNull();
  await loadJsonSchemaChecker();
  expect(jsonSchemaProblem(badSchema)).toMatch(
    /^Not a valid JSON Schema: properties\.a\.type: /,
  );
  expect(jsonSchemaProblem({ type: "object" })).toBeNull();
});
