import { afterEach, expect } from "vitest";
import { responseSchemaOf, schemaProblems } from "./response-schemas";

/** Bodies and stream events the engine answered with that do not match the spec, for the current test. */
const specViolations: string[] = [];

afterEach(() => {
  const found = specViolations.splice(0);
  expect(found, "engine bodies that do not match the OpenAPI schema").toEqual(
    [],
  );
});

async function findViolations(
  method: string,
  url: string,
  response: Response,
): Promise<void> {
  const path = new URL(url).pathname;
  const schema = responseSchemaOf(method, path);
  if (!schema || !response.ok) return;
  const type = response.headers.get("content-type") ?? "";
  const text = await response.text();
  const where = `${method} ${path}`;
  if (type.startsWith("text/event-stream")) {
    for (const frame of text.split("\n\n")) {
      const data = frame
        .split("\n")
        .filter((line) => line.startsWith("data: "))
        .map((line) => line.slice(6))
        .join("\n");
      if (data === "" || data === "[DONE]") continue;
      for (const problem of schemaProblems(
        "ResponseStreamEvent",
        JSON.parse(data),
      ))
        specViolations.push(`${where}: ${problem}`);
    }
    return;
  }
  if (!type.startsWith("application/json")) return;
  for (const problem of schemaProblems(schema, JSON.parse(text)))
    specViolations.push(`${where}: ${problem}`);
}

/**
 * Reads a copy of a successful answer and checks it (or each of its events) against the spec; what
 * does not match fails the current test when it ends.
 */
export async function checkAgainstSpec(
  method: string,
  url: string,
  response: Response,
): Promise<void> {
  await findViolations(method, url, response).catch((error: unknown) => {
    specViolations.push(String(error));
  });
}
