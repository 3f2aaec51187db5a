import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the test upstream received it, body as raw bytes. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface TestUpstream {
  /** e.g. `http://127.0.0.1:54321/v1`. */
  baseURL: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export type TestHandler = (
  request: RecordedRequest,
  response: ServerResponse,
  raw: IncomingMessage,
) => void;

/** A JSON answer, the way most tests want the upstream to reply. */
export function replyJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    "content-type": "application/json",
    ...headers,
  });
  response.end(JSON.stringify(body));
}

/** A real HTTP server on 127.0.0.1 and a free port, standing in for a Responses API server. */
export async function startTestUpstream(
  handler: TestHandler,
): Promise<TestUpstream> {
  const requests: RecordedRequest[] = [];
  const server = createServer((raw, response) => {
    const chunks: Buffer[] = [];
    raw.on("data", (chunk: Buffer) => chunks.push(chunk));
    raw.on("end", () => {
      const recorded = {
        method: raw.method ?? "",
        url: raw.url ?? "",
        headers: raw.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(recorded);
      handler(recorded, response, raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A base URL nothing listens on: a port that was free a moment ago. */
export async function closedPortBaseURL(): Promise<string> {
  const upstream = await startTestUpstream(() => undefined);
  await upstream.close();
  return upstream.baseURL;
}
