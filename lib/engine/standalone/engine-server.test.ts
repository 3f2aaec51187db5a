import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEngineServer, type EngineServer } from "./engine-server";

describe("standalone engine server", () => {
  let dir: string;
  let server: EngineServer;
  let client: OpenAI;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-server-"));
    server = await startEngineServer({
      dbPath: path.join(dir, "engine.sqlite"),
      tokensPerSecond: 0,
      port: 0,
    });
    client = new OpenAI({
      baseURL: server.baseURL,
      apiKey: "unused",
      maxRetries: 0,
    });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("creates a response and retrieves it", async () => {
    const created = await client.responses.create({
      model: "local-echo",
      input: "hello over http",
    });
    expect(created.status).toBe("completed");
    expect(created.output_text).toContain("You said: hello over http");
    const retrieved = await client.responses.retrieve(created.id);
    expect(retrieved).toEqual(created);
  });

  it("streams every event, then the completed response", async () => {
    const stream = await client.responses.create({
      model: "local-echo",
      input: "hello as a stream",
      stream: true,
    });
    const types: string[] = [];
    let text = "";
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === "response.output_text.delta") text += event.delta;
    }
    expect(types[0]).toBe("response.created");
    expect(types.at(-1)).toBe("response.completed");
    expect(text).toContain("You said: hello as a stream");
  });

  it("cancels a paced run whose client leaves mid-stream", async () => {
    const paced = await startEngineServer({
      dbPath: path.join(dir, "paced.sqlite"),
      tokensPerSecond: 200,
      port: 0,
    });
    const pacedClient = new OpenAI({
      baseURL: paced.baseURL,
      apiKey: "unused",
      maxRetries: 0,
    });
    try {
      const stream = await pacedClient.responses.create({
        model: "local-echo",
        input: "/words 2000",
        stream: true,
      });
      let id = "";
      for await (const event of stream) {
        if (event.type === "response.created") id = event.response.id;
        if (event.type === "response.output_text.delta") break;
      }
      let stored = await pacedClient.responses.retrieve(id);
      while (stored.status === "in_progress") {
        await new Promise((resolve) => setTimeout(resolve, 10));
        stored = await pacedClient.responses.retrieve(id);
      }
      expect(stored.status).toBe("cancelled");
    } finally {
      await paced.close();
    }
  });

  it("answers bad input with the API's error envelope", async () => {
    const error: unknown = await client.responses
      .create({ model: "local-echo", input: "hi", temperature: 9 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    const bad = error as InstanceType<typeof OpenAI.BadRequestError>;
    expect(bad.status).toBe(400);
    expect(bad.param).toBe("temperature");
    expect(bad.type).toBe("invalid_request_error");
    expect(bad.requestID).toMatch(/^req_/);
  });

  it("answers an unknown path with a 404 envelope", async () => {
    const response = await fetch(`${server.baseURL}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: { code: "unknown_url", type: "invalid_request_error" },
    });
  });

  it("streams a body of unknown length to the engine", async () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify({ model: "local-echo", input: "sent in chunks" }),
    );
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 10));
        controller.enqueue(bytes.slice(10));
        controller.close();
      },
    });
    const response = await fetch(`${server.baseURL}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "completed" });
  });

  it("stores an uploaded file and sends its bytes back unchanged", async () => {
    const bytes = new Uint8Array([0, 1, 2, 253, 254, 255]);
    const file = await client.files.create({
      file: new File([bytes], "bytes.bin", {
        type: "application/octet-stream",
      }),
      purpose: "user_data",
    });
    expect(file).toMatchObject({ filename: "bytes.bin", bytes: 6 });
    const content = await fetch(`${server.baseURL}/files/${file.id}/content`);
    expect(content.headers.get("content-length")).toBe("6");
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(bytes);
  });

  it("refuses a body larger than the engine accepts with a 413 envelope", async () => {
    const response = await fetch(`${server.baseURL}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        model: "local-echo",
        input: "x".repeat(21 * 1024 * 1024),
      }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      error: { code: "request_too_large", type: "invalid_request_error" },
    });
  });
});
