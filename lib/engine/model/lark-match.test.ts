import { describe, expect, it } from "vitest";
import { APPLY_PATCH } from "../testing/lark-grammars";
import { larkMatcher } from "./lark-match";

function accepts(definition: string): (text: string) => boolean {
  const matcher = larkMatcher(definition);
  if (matcher === null) throw new Error("the grammar did not compile");
  return matcher;
}

describe("larkMatcher", () => {
  it("accepts a patch Codex's apply_patch grammar allows, and refuses broken ones", () => {
    const patch = accepts(APPLY_PATCH);
    expect(
      patch(
        "*** Begin Patch\n*** Add File: hello.txt\n+hello\n+world\n*** End Patch",
      ),
    ).toBe(true);
    expect(
      patch(
        "*** Begin Patch\n*** Update File: a.ts\n@@\n-old\n+new\n context\n*** End Patch\n",
      ),
    ).toBe(true);
    expect(patch("*** Begin Patch\n*** Add File: a\n+x\n")).toBe(false);
    expect(patch("*** Begin Patch\n*** Add File: a\nx\n*** End Patch")).toBe(
      false,
    );
    expect(patch("please add a file")).toBe(false);
  });

  it("keeps the bounds of ?, [...] and ~ n..m", () => {
    expect(accepts('start: "a"? "b"')("ab")).toBe(true);
    expect(accepts('start: "a"? "b"')("aab")).toBe(false);
    expect(accepts('start: ["a"] "b"')("aab")).toBe(false);
    const range = accepts('start: "x" ~ 2..3');
    expect(["x", "xx", "xxx", "xxxx"].map(range)).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(accepts('start: "x" ~ 2')("xxx")).toBe(false);
  });

  it("matches a case-insensitive literal in any case, and skips %ignore'd text between tokens", () => {
    const select = accepts(String.raw`
      start: "select"i NAME ("," NAME)*
      NAME: /[a-z_]+/
      %import common.WS
      %ignore WS
    `);
    expect(select("  SeLeCt  id ,name\n")).toBe(true);
    expect(select("select")).toBe(false);
  });

  it("reads any grammar in time linear in the text, however its repeats nest", () => {
    const words = accepts(String.raw`
      start: word+
      word: WORD
      %import common.WORD
      %import common.WS
      %ignore WS
    `);
    expect(words("some words here")).toBe(true);
    // A backtracking matcher would try 2^n ways to split these before failing: long past the test's timeout.
    expect(words(`${"a".repeat(100_000)}!`)).toBe(false);
    // JavaScript's backtracking matcher takes seconds to fail on 32 a's, twice as long with each more.
    expect(accepts("start: /(a+)+b/")("a".repeat(32))).toBe(false);
  });

  it("gives up on what one regex cannot say: recursion, regex flags, unknown names", () => {
    expect(larkMatcher('start: "(" start ")" | "x"')).toBeNull();
    expect(larkMatcher("start: /abc/i")).toBeNull();
    expect(larkMatcher("start: missing")).toBeNull();
  });
});
