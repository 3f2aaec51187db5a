import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAimock } from "./aimock-peer";
import { textDeltaCount } from "./engine";

describe("the engine's peer in the bench", () => {
  const dir = mkdtempSync(join(tmpdir(), "aimock-peer-"));
  const text = "I am the engine's answer.\n\n- Model: `local-echo`";
  let peer: Awaited<ReturnType<typeof startAimock>>;
  let client: OpenAI;
  beforeAll(async () => {
    peer = await startAimock(dir, { userMessage: "Say hello.", text });
    client = new OpenAI({ apiKey: "unused", baseURL: `${peer.origin}/v1` });
  });
  afterAll(async () => {
    await peer.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is the aimock version the issue measured", () => {
    expect(peer.version).toBe("1.43.0");
  });

  it("answers the bench's create with the engine's text, whole and streamed", async () => {
    const request = { model: "local-echo", input: "Say hello.", store: true };
    const response = await client.responses.create(request);
    expect(response.output_text).toBe(text);
    const stream = client.responses.stream(request);
    let deltas = 0;
    for await (const event of stream)
      if (event.type === "response.output_text.delta") deltas += 1;
    expect(deltas).toBeGreaterThan(1);
    expect((await stream.finalResponse()).output_text).toBe(text);
  });

  it("sends a delta per chunk of the size it is given", async () => {
    const chunked = await startAimock(dir, {
      userMessage: "Say hello.",
      text,
      chunkSize: 6,
    });
    try {
      const response = await fetch(`${chunked.origin}/v1/responses`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "m", input: "Say hello.", stream: true }),
      });
      const stream = await response.text();
      expect(textDeltaCount(stream)).toBe(Math.ceil(text.length / 6));
      expect(stream).toContain('"delta":"I am t"');
    } finally {
      await chunked.stop();
    }
  });
});
