import { describe, expect, it } from "vitest";
import type { UpstreamList } from "@/lib/api/upstream";
import { resolveUpstream } from "./resolve-upstream";

const upstream = (id: string, label: string) => ({
  id,
  label,
  kind: "openai-compatible" as const,
  hasKey: false,
  needsKey: false,
  isDefault: false,
  baseURL: `http://127.0.0.1:9/${id}/v1`,
});

const withoutEngine: UpstreamList = {
  data: [upstream("vllm", "vLLM"), upstream("ollama", "Ollama")],
  default: "vllm",
  accessTokenRequired: false,
};

describe("resolveUpstream", () => {
  it("keeps an upstream the server offers", () => {
    expect(resolveUpstream("ollama", withoutEngine)).toEqual({
      id: "ollama",
      note: null,
    });
  });

  it("quietly takes the server's default when the draft names none (a fresh browser)", () => {
    expect(resolveUpstream("", withoutEngine)).toEqual({
      id: "vllm",
      note: null,
    });
  });

  it("falls back to the default with a note when the draft names an upstream that is gone", () => {
    const resolved = resolveUpstream("local", withoutEngine);
    expect(resolved.id).toBe("vllm");
    expect(resolved.note).toContain('"local"');
    expect(resolved.note).toContain("vLLM");
  });

  it("has nothing to send to when the server offers no upstream", () => {
    const resolved = resolveUpstream("local", {
      data: [],
      default: null,
      accessTokenRequired: false,
    });
    expect(resolved.id).toBeNull();
    expect(resolved.note).toContain("offers no other");
  });
});
