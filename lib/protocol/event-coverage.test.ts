import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { eventHandlers, knownEventTypes } from "./event-handlers";

/** Reads the `type` literal of every member of the SDK's ResponseStreamEvent union from its declaration file. */
function sdkEventTypes(): string[] {
  const require = createRequire(import.meta.url);
  const modulePath = require.resolve("openai/resources/responses/responses");
  const source = fs.readFileSync(modulePath.replace(/\.js$/, ".d.ts"), "utf8");
  const union = /export type ResponseStreamEvent = ([^;]+);/.exec(source)?.[1];
  if (union === undefined)
    throw new Error("ResponseStreamEvent union not found");
  return union.split("|").map((member) => {
    const name = member.trim();
    const body =
      new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(
        source,
      )?.[1] ?? "";
    const type = /^\s{4}type: '([^']+)';/m.exec(body)?.[1];
    if (type === undefined) throw new Error(`no type literal for ${name}`);
    return type;
  });
}

describe("event coverage", () => {
  it("handles every type of the SDK's ResponseStreamEvent union, plus keepalive", () => {
    const sdk = sdkEventTypes();
    expect(sdk).toHaveLength(new Set(sdk).size);
    expect(sdk.length).toBeGreaterThanOrEqual(59);
    expect([...knownEventTypes].sort()).toEqual([...sdk, "keepalive"].sort());
    expect(Object.keys(eventHandlers)).toHaveLength(sdk.length + 1);
  });
});
