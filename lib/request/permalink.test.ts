import { describe, expect, it } from "vitest";
import { DRAFT_VERSION, defaultDraft, type Draft } from "./draft-schema";
import { decodePermalink, encodePermalink } from "./permalink";

const unicodeDraft: Draft = {
  ...defaultDraft(),
  model: "gpt-5",
  instructions: "Réponds en français — «vite» 🚀",
  messages: [
    {
      id: "a",
      role: "user",
      text: '日本語 👩‍👩‍👧 \u0000 \u2028 it\'s "q" \\ + / =',
    },
    { id: "b", role: "assistant", text: "𝔘𝔫𝔦𝔠𝔬𝔡𝔢" },
  ],
  metadata: [{ key: "ключ", value: "值" }],
};

/** The payload as the encoder wrote it: base64url of UTF-8 JSON after the version prefix. */
function payloadOf(value: unknown): string {
  return `v1.${Buffer.from(JSON.stringify(value), "utf8").toString("base64url")}`;
}

describe("permalink", () => {
  it("round-trips a draft full of unicode", () => {
    expect(decodePermalink(encodePermalink(unicodeDraft))).toEqual({
      draft: unicodeDraft,
    });
  });

  it("is URL-fragment safe and accepts a leading #", () => {
    const encoded = encodePermalink(unicodeDraft);
    expect(encoded).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(decodePermalink(`#${encoded}`)).toEqual({ draft: unicodeDraft });
  });

  it("carries only draft fields, never stray state such as keys", () => {
    const withSecrets = {
      ...unicodeDraft,
      apiKey: "sk-live-secret",
      headers: { Authorization: "Bearer sk-live-secret" },
      setModel: () => undefined,
    } as Draft;
    const encoded = encodePermalink(withSecrets);
    const json = Buffer.from(encoded.slice(3), "base64url").toString("utf8");
    expect(json).not.toContain("sk-live-secret");
    expect(Object.keys(JSON.parse(json) as object).sort()).toEqual(
      Object.keys(defaultDraft()).sort(),
    );
  });

  it("opens a link from an older draft with defaults for what it lacks", () => {
    const result = decodePermalink(
      payloadOf({ version: 0, model: "gpt-4.1", tools: "nope" }),
    );
    expect(result).toEqual({ draft: { ...defaultDraft(), model: "gpt-4.1" } });
  });

  it.each([
    ["an empty string", ""],
    ["text without the prefix", "hello"],
    ["bad base64", "v1.@@@"],
    ["truncated base64", "v1.e"],
    ["invalid UTF-8", `v1.${Buffer.from([0xff, 0xfe]).toString("base64url")}`],
    ["invalid JSON", `v1.${Buffer.from("{nope").toString("base64url")}`],
    ["a JSON array", payloadOf([1, 2])],
    ["an object without a version", payloadOf({ model: "x" })],
    [
      "a newer version",
      payloadOf({ ...defaultDraft(), version: DRAFT_VERSION + 1 }),
    ],
    ["a huge payload", `v1.${"A".repeat(2_000_001)}`],
  ])("returns an error for %s", (_, fragment) => {
    const result = decodePermalink(fragment);
    expect(result).toHaveProperty("error");
    expect(result).not.toHaveProperty("draft");
  });

  it("never throws on arbitrary input", () => {
    const alphabet = "v1.AZaz09_-+/=#%é🎉\u0000";
    let seed = 7;
    for (let round = 0; round < 500; round += 1) {
      let fragment = round % 2 === 0 ? "v1." : "";
      for (let i = 0; i < round % 40; i += 1) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        fragment += alphabet[seed % alphabet.length] ?? "";
      }
      expect(() => decodePermalink(fragment)).not.toThrow();
    }
  });
});
