import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { EngineStore } from "@/lib/engine/store/engine-store";
import type { EngineResponse } from "@/lib/engine/types";
import { startChildServer } from "./child-server";

/** What the floor answers with: a response the engine made, and the event stream it sent for one. */
export interface FloorSamples {
  response: string;
  stream: string;
}

/**
 * The floor under the standalone engine's creates: Node's HTTP server storing each POST's response (a copy
 * of one the engine made) and its input item through the engine's own store, group commit and all, and
 * answering the response's JSON, or for `stream: true` the engine's event stream for one, written at once.
 * No validation, no model, no tokenizer: what HTTP and storage alone cost.
 */
export async function serveStoreFloor(dbPath: string, samples: FloorSamples) {
  const store = new EngineStore(dbPath);
  const template = JSON.parse(samples.response) as EngineResponse;
  const stream = Buffer.from(samples.stream);
  let count = 0;
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as {
        input: string;
        stream: boolean;
      };
      // Ids that sort in creation order, as the engine's do.
      const id = `resp_${(Date.now() * 1000 + count++).toString(16)}${"0".repeat(32)}`;
      const response = { ...template, id };
      store.insertResponse(response, [
        {
          id: `msg_${id.slice(5)}`,
          type: "message",
          role: "user",
          content: [{ type: "input_text", text: body.input }],
        },
      ]);
      void store.committed()?.then(() => {
        if (body.stream) {
          outgoing.writeHead(200, {
            "content-type": "text/event-stream; charset=utf-8",
            "cache-control": "no-cache",
          });
          outgoing.end(stream);
          return;
        }
        const json = JSON.stringify(response);
        outgoing.writeHead(200, {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(json),
        });
        outgoing.end(json);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

export function startStoreFloor(dbPath: string, samples: FloorSamples) {
  return startChildServer("bench/store-floor-main.ts", [
    dbPath,
    JSON.stringify(samples),
  ]);
}
