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

/** Any non-2xx answer, error or timeout fails the bench: it is not throughput. */
function completed(request: LoadRequest, result: autocannon.Result) {
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${request.method ?? "GET"} ${request.url}: ${result.non2xx} non-2xx answers (${JSON.stringify(result.statusCodeStats)}), ${result.errors} errors, ${result.timeouts} timeouts.`,
    );
  }
  if (result.requests.total === 0)
    throw new Error(`${request.url}: no request completed.`);
  return { requests: result.requests.total, seconds: result.duration };
}

/**
 * Completed 2xx requests per second at {@link CONNECTIONS} connections, after a warmup; a request counts once its whole
 * body (the whole event stream, for SSE) is read.
 */
export async function requestsPerSecond(request: LoadRequest): Promise<number> {
  await run(request, WARMUP_SECONDS);
  const { requests, seconds } = completed(
    request,
    await run(request, MEASURE_SECONDS),
  );
  return requests / seconds;
}

/**
 * {@link requestsPerSecond} of two servers doing the same work, measured in alternating windows (AB, BA, AB) so that
 * the machine's drift, which moves a rate here by a third within minutes, falls on both alike.
 */
export async function alternatingRates(
  requests: readonly [LoadRequest, LoadRequest],
  rounds = 3,
  windowSeconds = 3,
): Promise<[number, number]> {
  for (const request of requests) await run(request, WARMUP_SECONDS);
  const totals = [
    { requests: 0, seconds: 0 },
    { requests: 0, seconds: 0 },
  ];
  for (let round = 0; round < rounds; round++) {
    for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const request = requests[which] as LoadRequest;
      const window = completed(request, await run(request, windowSeconds));
      const total = totals[which] as (typeof totals)[number];
      total.requests += window.requests;
      total.seconds += window.seconds;
    }
  }
  const [a, b] = totals.map((total) => total.requests / total.seconds);
  return [a as number, b as number];
}
