import { attachmentSchema } from "./draft-attachment-schema";
import { describe, expect, it, vi } from "vitest";
import { isRecord } from "@/lib/protocol/json";
import { useApiKeyStore } from "@/lib/stores/api-key-store";
import { DRAFT_VERSION, defaultDraft, type Draft } from "./draft";
import { draftSchema, parseDraft } from "./draft-schema";
import {
  LINK_VERSION,
  SHARE_LINK_WARN_BYTES,
  decodePermalink,
  encodePermalink,
  isLongLink,
  permalinkUrl,
} from "./permalink";
import {
  fromBase64Url,
  gunzipCapped,
  gzip,
  toBase64Url,
} from "./permalink-bytes";
import { everyFieldDraft } from "./testing/drafts";

// Node has no sessionStorage; a Map-backed one lets the key store hold keys as it does in a browser.
vi.hoisted(() => {
  const items = new Map<string, string>();
  Object.assign(globalThis, {
    sessionStorage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    },
  });
});

const PREFIX = `v${LINK_VERSION}.`;
// Tests that decode hundreds of links, or megabytes, get room on a busy machine.
const HEAVY = 60_000;

/** A link as the encoder frames it, around any JSON text: length, then gzip. */
async function frame(json: string): Promise<string> {
  const compressed = await gzip(new TextEncoder().encode(json));
  const framed = new Uint8Array(4 + compressed.length);
  new DataView(framed.buffer).setUint32(0, compressed.length);
  framed.set(compressed, 4);
  return PREFIX + toBase64Url(framed);
}

/** The JSON text a link carries, read without the decoder under test. */
async function payloadText(fragment: string): Promise<string> {
  const bytes = fromBase64Url(fragment.slice(PREFIX.length));
  const json = await gunzipCapped(bytes?.subarray(4) ?? new Uint8Array(), 1e8);
  if (!(json instanceof Uint8Array)) throw new Error("not a link");
  return new TextDecoder().decode(json);
}

/** Paths where `value` still equals `fallback`, looking inside objects; ids are exempt. */
function unchangedPaths(
  value: unknown,
  fallback: unknown,
  path: string,
): string[] {
  if (isRecord(value) && isRecord(fallback))
    return Object.keys(value).flatMap((key) =>
      key === "id"
        ? []
        : unchangedPaths(value[key], fallback[key], `${path}.${key}`),
    );
  return JSON.stringify(value) === JSON.stringify(fallback) ? [path] : [];
}

/** What an entry of a list field becomes when it sets nothing, if the list takes such an entry. */
function emptyEntryOf(field: string): unknown {
  const list = parseDraft({ [field]: [{}] })[field as keyof Draft];
  return Array.isArray(list) ? list[0] : undefined;
}

describe("permalink round-trip", () => {
  it("the fixture sets every field of the draft schema away from its default", () => {
    const fixture = everyFieldDraft();
    const defaults = defaultDraft();
    const fields = Object.keys(draftSchema.shape).filter(
      (f) => f !== "version",
    );
    expect(Object.keys(fixture).sort()).toEqual(Object.keys(defaults).sort());
    const unchanged = fields.flatMap((field) => {
      const value = fixture[field as keyof Draft];
      const fallback = defaults[field as keyof Draft];
      if (!Array.isArray(value)) return unchangedPaths(value, fallback, field);
      if (value.length === 0) return [field];
      const empty = emptyEntryOf(field);
      if (empty === undefined) return unchangedPaths(value, fallback, field);
      // A list covers a field when at least one of its entries sets it.
      const perEntry = value.map((entry) =>
        unchangedPaths(entry, empty, `${field}[]`),
      );
      return perEntry.reduce((left, paths) =>
        left.filter((p) => paths.includes(p)),
      );
    });
    expect(unchanged).toEqual([]);
  });

  it("restores every field of the draft exactly", async () => {
    const draft = everyFieldDraft();
    const { fragment, omitted } = await encodePermalink(draft);
    expect(omitted).toEqual([]);
    expect(await decodePermalink(fragment)).toEqual({
      ok: true,
      draft,
      omitted: [],
      continueFrom: null,
    });
  });

  it("carries the stored response the thread continues from", async () => {
    const draft = everyFieldDraft();
    const { fragment } = await encodePermalink(draft, "resp_abc123");
    expect(await decodePermalink(fragment)).toEqual({
      ok: true,
      draft,
      omitted: [],
      continueFrom: "resp_abc123",
    });
  });

  it("refuses a link whose continued response is not a response id", async () => {
    for (const continueFrom of ["../v1/files", "resp_1?x=1", 42, ""]) {
      const fragment = await frame(
        JSON.stringify({ draft: defaultDraft(), continueFrom }),
      );
      expect(await decodePermalink(fragment)).toMatchObject({
        ok: false,
        problem: "not-a-draft",
      });
    }
  });

  it("is URL-fragment safe, accepts a leading # and builds the URL on the playground's path", async () => {
    const { fragment } = await encodePermalink(everyFieldDraft());
    expect(fragment).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
    expect(await decodePermalink(`#${fragment}`)).toMatchObject({ ok: true });
    expect(permalinkUrl("http://h:3000/?x=1#old", fragment)).toBe(
      `http://h:3000/?x=1#${fragment}`,
    );
  });

  it("carries only draft fields, never stray state such as keys", async () => {
    const withSecrets = {
      ...everyFieldDraft(),
      apiKey: "sk-live-secret",
      headers: { Authorization: "Bearer sk-live-secret" },
    } as Draft;
    const json = await payloadText(
      (await encodePermalink(withSecrets)).fragment,
    );
    expect(json).not.toContain("sk-live-secret");
    const payload = JSON.parse(json) as { draft: object };
    expect(Object.keys(payload.draft).sort()).toEqual(
      Object.keys(defaultDraft()).sort(),
    );
  });

  it("never carries a key from the API key store", async () => {
    const draft = everyFieldDraft();
    const { setKey } = useApiKeyStore.getState();
    setKey(draft.upstream, "sk-proj-typed-into-the-key-box");
    setKey("openai", "sk-other-upstream-key");
    const keys = Object.values(useApiKeyStore.getState().keys);
    expect(keys).toHaveLength(2);
    const json = await payloadText((await encodePermalink(draft)).fragment);
    for (const key of keys) expect(json).not.toContain(key);
    expect(json).not.toContain("sk-");
  });

  it("opens a link from an older draft version with defaults for what it lacks", async () => {
    const fragment = await frame(
      JSON.stringify({
        draft: { version: 0, model: "gpt-4.1", tools: "nope" },
      }),
    );
    expect(await decodePermalink(fragment)).toEqual({
      ok: true,
      draft: { ...defaultDraft(), model: "gpt-4.1" },
      omitted: [],
      continueFrom: null,
    });
  });
});

describe("permalink size", () => {
  it("compresses: a long, repetitive prompt makes a short link", async () => {
    const draft = {
      ...everyFieldDraft(),
      instructions: "Answer in the voice of a ship's log. ".repeat(2000),
    };
    const json = JSON.stringify(draft).length;
    const { fragment } = await encodePermalink(draft);
    expect(json).toBeGreaterThan(70_000);
    expect(fragment.length).toBeLessThan(json / 20);
  });

  it("warns about links over 8 KB", () => {
    expect(SHARE_LINK_WARN_BYTES).toBe(8 * 1024);
    expect(isLongLink("x".repeat(8 * 1024))).toBe(false);
    expect(isLongLink("x".repeat(8 * 1024 + 1))).toBe(true);
  });

  it("leaves out attachments too large for a link and says which", async () => {
    const big = attachmentSchema.parse({
      id: "a1",
      name: "photo.png",
      kind: "image",
      source: "data",
      data: `data:image/png;base64,${"A".repeat(40_000)}`,
    });
    const small = attachmentSchema.parse({
      id: "a2",
      name: "note.txt",
      kind: "file",
      source: "data",
      data: "data:text/plain;base64,aGk=",
    });
    const draft: Draft = {
      ...everyFieldDraft(),
      messages: [
        { id: "m", role: "user", text: "see", attachments: [big, small] },
      ],
    };
    const { fragment, omitted } = await encodePermalink(draft);
    expect(omitted).toEqual([
      { name: "photo.png", bytes: JSON.stringify(big).length },
    ]);
    expect(fragment.length).toBeLessThan(2_000);
    expect(await decodePermalink(fragment)).toMatchObject({
      ok: true,
      omitted,
    });
  });
});

describe("bad permalinks", () => {
  it.each([
    ["an empty string", "", "not-a-link"],
    ["text without the prefix", "hello", "not-a-link"],
    ["another prefix", "x2.AAAA", "not-a-link"],
    ["a newer link format", "v3.AAAAAAAA", "newer-version"],
    ["an older link format", "v1.e30", "older-version"],
    ["characters outside base64url", "v2.AAAA+/==", "malformed"],
    ["bad base64", "v2.@@@", "malformed"],
    ["a huge link", `v2.${"A".repeat(2_000_001)}`, "too-long"],
  ])("rejects %s", async (_, fragment, problem) => {
    const result = await decodePermalink(fragment);
    expect(result).toMatchObject({ ok: false, problem });
    expect(result).toHaveProperty("message", expect.stringMatching(/\w{4,}/));
  });

  it(
    "says a link cut off anywhere is truncated",
    async () => {
      const { fragment } = await encodePermalink(everyFieldDraft());
      for (let end = PREFIX.length; end < fragment.length; end += 1) {
        const result = await decodePermalink(fragment.slice(0, end));
        expect(result, `cut at ${end}`).toMatchObject({
          ok: false,
          problem: "truncated",
        });
      }
    },
    HEAVY,
  );

  it(
    "says a link with any character changed in its data is damaged",
    async () => {
      const { fragment } = await encodePermalink(everyFieldDraft());
      // From past the length and the gzip header to before the last character, whose low bits are padding.
      for (let at = PREFIX.length + 20; at < fragment.length - 1; at += 1) {
        const swapped = fragment[at] === "A" ? "B" : "A";
        const tampered =
          fragment.slice(0, at) + swapped + fragment.slice(at + 1);
        const result = await decodePermalink(tampered);
        expect(result, `changed at ${at}`).toMatchObject({
          ok: false,
          problem: "tampered",
        });
      }
    },
    HEAVY,
  );

  it("says a link with extra data appended is damaged", async () => {
    const { fragment } = await encodePermalink(everyFieldDraft());
    expect(await decodePermalink(`${fragment}AAAA`)).toMatchObject({
      problem: "tampered",
    });
  });

  it.each([
    ["not JSON", "{nope", "not-json"],
    ["a JSON array", "[1,2]", "not-a-draft"],
    ["an object without a draft", '{"model":"x"}', "not-a-draft"],
    [
      "a draft of a newer version",
      JSON.stringify({
        draft: { ...defaultDraft(), version: DRAFT_VERSION + 1 },
      }),
      "newer-version",
    ],
  ])("rejects intact data that is %s", async (_, json, problem) => {
    expect(await decodePermalink(await frame(json))).toMatchObject({
      ok: false,
      problem,
    });
  });

  it(
    "refuses a small link that inflates into too much data",
    async () => {
      const bomb = await frame(`"${"0".repeat(9 * 1024 * 1024)}"`);
      expect(bomb.length).toBeLessThan(100_000);
      expect(await decodePermalink(bomb)).toMatchObject({
        problem: "too-long",
      });
    },
    HEAVY,
  );

  it("never throws on arbitrary input", async () => {
    const alphabet = "v2.AZaz09_-+/=#%é🎉\u0000";
    let seed = 7;
    for (let round = 0; round < 300; round += 1) {
      let fragment = round % 2 === 0 ? PREFIX : "";
      for (let i = 0; i < round % 40; i += 1) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        fragment += alphabet[seed % alphabet.length] ?? "";
      }
      await expect(decodePermalink(fragment)).resolves.toHaveProperty("ok");
    }
  });
});
