import { describe, expect, it } from "vitest";
import { allowedMethods } from "@/lib/engine/router";
import { operations } from "@/lib/engine/spec/operations";
import { FAMILY_METHODS, familyMethods } from "./proxy-methods";

/** What the table must say: the spec's methods on every template, plus the engine's own routes. */
function derivedMethods(path: string): string[] | null {
  const fromSpec = Object.entries(operations)
    .filter(([template]) =>
      new RegExp(`^${template.slice(1).replace(/\{[^}]+\}/g, "[^/]+")}$`).test(
        path,
      ),
    )
    .flatMap(([, methods]) => Object.keys(methods).map((m) => m.toUpperCase()));
  const all = new Set([...fromSpec, ...(allowedMethods(`/${path}`) ?? [])]);
  return all.size > 0 ? [...all].sort() : null;
}

/** Every template filled with ids and with the literal segments other templates use, so overlaps are covered. */
function samplePaths(): string[] {
  const fillers = ["resp_1", "input_tokens", "compact", "items", "content"];
  const paths = new Set<string>();
  for (const template of Object.keys(operations)) {
    const holes = template.match(/\{[^}]+\}/g)?.length ?? 0;
    for (let i = 0; i < fillers.length ** holes; i++) {
      let n = i;
      paths.add(
        template.slice(1).replace(/\{[^}]+\}/g, () => {
          const filler = fillers[n % fillers.length] as string;
          n = Math.floor(n / fillers.length);
          return filler;
        }),
      );
    }
  }
  return [...paths, "containers/c_1/files/f_1/content", "chat/completions"];
}

describe("the family's methods", () => {
  it("lists every template of the spec", () => {
    expect(FAMILY_METHODS.map(([template]) => template).sort()).toEqual(
      Object.keys(operations)
        .map((template) => template.slice(1))
        .sort(),
    );
  });

  it.each(samplePaths())("match the spec and the engine on %s", (path) => {
    expect(familyMethods(path)?.sort() ?? null).toEqual(derivedMethods(path));
  });
});
