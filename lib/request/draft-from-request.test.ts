import { describe, expect, it } from "vitest";
import { buildRequest } from "./build-request";
import { exportCode } from "./code-export";
import { draftFromRequest } from "./draft-from-request";
import { readPastedRequest } from "./request-text";
import { everyFieldDraft } from "./testing/drafts";

describe("draftFromRequest", () => {
  it("gives back the body it was built from, for a draft with every field set", () => {
    const { body } = buildRequest(everyFieldDraft());
    const imported = draftFromRequest(
      JSON.parse(JSON.stringify(body)) as Record<string, unknown>,
      "loopback",
    );
    expect(imported.leftOut).toEqual([]);
    expect(buildRequest(imported.draft).body).toEqual(body);
  });

  it("reads text input and request-only parameters, replacing the whole draft, and lists what it cannot hold", () => {
    const imported = draftFromRequest(
      {
        model: "gpt-5-codex",
        input: "Say hello",
        instructions: "Be brief.",
        stream: true,
        include: ["reasoning.encrypted_content", "nope.field"],
        service_tier: "flex",
        truncation: "sometimes",
        previous_response_id: "resp_1",
        prompt_cache_key: "k1",
        client_metadata: { session_id: "s" },
      },
      "local",
    );
    expect(imported.draft).toMatchObject({
      upstream: "local",
      model: "gpt-5-codex",
      instructions: "Be brief.",
      messages: [{ role: "user", text: "Say hello" }],
      items: [],
      stream: true,
      include: ["reasoning.encrypted_content"],
      serviceTier: "flex",
      truncation: null,
      promptCacheKey: "k1",
      temperature: null,
      tools: [],
    });
    expect(imported.previousResponseId).toBe("resp_1");
    expect(imported.leftOut).toEqual([
      "the parameter client_metadata",
      'include "nope.field"',
      'truncation "sometimes"',
    ]);
  });

  it("keeps items a message row cannot hold as JSON items, in order, and string contents as text", () => {
    const imported = draftFromRequest(
      {
        model: "local-echo",
        input: [
          { role: "user", content: "What is the weather?" },
          {
            type: "function_call",
            call_id: "call_1",
            name: "get_weather",
            arguments: "{}",
          },
          { type: "function_call_output", call_id: "call_1", output: "sunny" },
          { role: "user", content: "Thanks" },
        ],
      },
      "local",
    );
    expect(
      imported.draft.items.map(
        (item) => (JSON.parse(item.json) as { type: string }).type,
      ),
    ).toEqual(["message", "function_call", "function_call_output"]);
    expect(imported.draft.messages).toMatchObject([
      { role: "user", text: "Thanks" },
    ]);
  });
});

describe("readPastedRequest", () => {
  const body = { model: "gpt-5", input: 'it\'s "quoted"' };

  it("reads a JSON body, and a curl command's body in any quoting", () => {
    expect(readPastedRequest(JSON.stringify(body))).toEqual({
      ok: true,
      body,
    });
    const singleQuoted = `curl https://api.openai.com/v1/responses \\\n  -H "Content-Type: application/json" \\\n  -d '${JSON.stringify(body).replace(/'/g, "'\\''")}'`;
    expect(readPastedRequest(singleQuoted)).toEqual({ ok: true, body });
    const doubleQuoted = `curl -X POST http://localhost:4000/v1/responses --data-raw "${JSON.stringify(body).replace(/["\\]/g, "\\$&")}"`;
    expect(readPastedRequest(doubleQuoted)).toEqual({ ok: true, body });
    expect(
      readPastedRequest(`curl http://x/v1/responses --json '{"model":"m"}'`),
    ).toEqual({ ok: true, body: { model: "m" } });
  });

  it("reads back the Request tab's own curl export, quotes and all", () => {
    const { body: exported } = buildRequest(everyFieldDraft());
    const curl = exportCode(
      exported,
      {
        baseURL: "http://localhost:3000/v1",
        apiKeyEnv: "OPENAI_API_KEY",
        authHeader: "bearer",
      },
      "curl",
    );
    expect(readPastedRequest(curl)).toEqual({
      ok: true,
      body: JSON.parse(JSON.stringify(exported)) as unknown,
    });
  });

  it("says why a paste cannot be read", () => {
    expect(readPastedRequest("   ")).toMatchObject({
      message: "Paste a request body or a curl command.",
    });
    const notJson = readPastedRequest("{model: 1}");
    expect(notJson.ok ? "" : notJson.message).toMatch(
      /^The request body is not JSON: /,
    );
    expect(readPastedRequest("[1, 2]")).toMatchObject({
      message: "The request body must be a JSON object.",
    });
    expect(readPastedRequest("curl http://x/v1/models")).toMatchObject({
      message:
        "The curl command could not be read: it sends no body (no -d, --data or --json).",
    });
    expect(readPastedRequest("curl http://x -d 'unclosed")).toMatchObject({
      message: "The curl command could not be read: a quote is not closed.",
    });
    expect(readPastedRequest("curl http://x -d @body.json")).toMatchObject({
      message:
        "The curl command reads its body from a file (@body.json); paste the body itself.",
    });
  });
});
