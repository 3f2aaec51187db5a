import autocannon from "autocannon";

/** One HTTP request autocannon repeats: every connection sends it again as soon as the answer is read. */
export interface LoadRequest {
  url: string;
  method?: "GET" | "POST";
  body?: unknown;
}

export const CONNECTIONS = 16;
export const WARMUP_SECONDS = 2;
export const MEASURE_SECONDS = 10;

async function run(request: LoadRequest, seconds: number) {
  return autocannon({
    url: request.url,
    method: request.method ?? "GET",
    connections: CONNECTIONS,
    duration: seconds,
    headers:
      request.body === undefined ? {} : { "content-type": "application/json" },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
}

/**
 * Completed 2xx requests per second at {@link CONNECTIONS} connections, after a warmup; a request counts once its whole
 * body (the whole event stream, for SSE) is read. Any non-2xx answer, error or timeout fails the bench: it is not throughput.
 */
export async function requestsPerSecond(request: LoadRequest): Promise<number> {
  await run(request, WARMUP_SECONDS);
  const result = await run(request, MEASURE_SECONDS);
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${request.method ?? "GET"} ${request.url}: ${result.non2xx} non-2xx answers (${JSON.stringify(result.statusCodeStats)}), ${result.errors} errors, ${result.timeouts} timeouts.`,
    );
  }
  const completed = result.requests.total;
  if (completed === 0) throw new Error(`${request.url}: no request completed.`);
  return completed / result.duration;
}
