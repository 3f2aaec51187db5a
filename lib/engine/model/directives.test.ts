import { describe, expect, it } from "vitest";
import { describeDirectives, MAX_WORDS, parseDirectives } from "./directives";

describe("parseDirectives", () => {
  it("finds nothing in ordinary text", () => {
    expect(
      parseDirectives("Tell me about paths like a/fail or http://x/refuse"),
    ).toEqual({
      refuse: false,
      fail: false,
      error: false,
      httpStatus: null,
      words: null,
      markdown: false,
      playback: null,
    });
  });

  it("reads the same text the same way every time, with or without a slash", () => {
    const text = "Hi /refuse /http 429 /words 3 /playback web_search";
    expect(parseDirectives(text)).toEqual(parseDirectives(text));
    expect(parseDirectives(text)).toMatchObject({
      refuse: true,
      httpStatus: 429,
      words: 3,
      playback: ["web_search"],
    });
    expect(parseDirectives("No slash here")).toEqual(parseDirectives("a/fail"));
  });

  it("matches flags at the start or after whitespace, case-insensitively", () => {
    const parsed = parseDirectives(
      "/REFUSE please\n/Fail and /error then /markdown.",
    );
    expect(parsed).toMatchObject({
      refuse: true,
      fail: true,
      error: true,
      markdown: true,
    });
  });

  it("does not match a directive that is part of a longer word", () => {
    expect(
      parseDirectives("/refused /failure /errors /markdownish"),
    ).toMatchObject({
      refuse: false,
      fail: false,
      error: false,
      markdown: false,
    });
  });

  it("reads /http with a status between 400 and 599 only", () => {
    expect(parseDirectives("x /http 429").httpStatus).toBe(429);
    expect(parseDirectives("/http 503").httpStatus).toBe(503);
    expect(parseDirectives("/http 200").httpStatus).toBeNull();
    expect(parseDirectives("/http 600").httpStatus).toBeNull();
    expect(parseDirectives("/http").httpStatus).toBeNull();
  });

  it("reads /words N, clamped to 1..50000", () => {
    expect(parseDirectives("/words 20").words).toBe(20);
    expect(parseDirectives("/words 0").words).toBe(1);
    expect(parseDirectives("/words 999999").words).toBe(MAX_WORDS);
    expect(parseDirectives("/words many").words).toBeNull();
  });

  it("reads every /playback NAME, lowercased, and a bare /playback as no names", () => {
    expect(
      parseDirectives("/playback Web_Search then /playback mcp").playback,
    ).toEqual(["web_search", "mcp"]);
    expect(parseDirectives("just /playback").playback).toEqual([]);
    expect(parseDirectives("/playbacks web_search").playback).toBeNull();
    expect(describeDirectives(parseDirectives("/playback all"))).toEqual([
      "/playback all",
    ]);
  });

  it("combines directives", () => {
    const parsed = parseDirectives("/fail /words 20");
    expect(parsed.fail).toBe(true);
    expect(parsed.words).toBe(20);
    expect(describeDirectives(parsed)).toEqual(["/fail", "/words 20"]);
  });
});
