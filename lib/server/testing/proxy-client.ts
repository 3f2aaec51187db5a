import { createProxyHandler, type ProxyDeps } from "../proxy";

export interface ProxyCallInit {
  method?: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  signal?: AbortSignal;
}

/** The catch-all params the way Next passes them: the URL's segments after `/v1/`, percent-decoded. */
export function paramsFor(upstream: string, pathAndQuery: string) {
  const path = (pathAndQuery.split("?")[0] ?? "")
    .split("/")
    .map((segment) => decodeURIComponent(segment));
  return { params: Promise.resolve({ upstream, path }) };
}

/** Calls the proxy's route handler directly, as Next would for `/api/proxy/{upstream}/v1/{path}`. */
export function callProxy(
  deps: ProxyDeps,
  upstream: string,
  pathAndQuery: string,
  init: ProxyCallInit = {},
) {
  const handler = createProxyHandler(deps);
  const request = new Request(
    `http://playground.test/api/proxy/${upstream}/v1/${pathAndQuery}`,
    {
      method: init.method ?? "GET",
      headers: init.headers,
      body: init.body,
      signal: init.signal,
    },
  );
  return handler(request, paramsFor(upstream, pathAndQuery));
}

/** Every header value and the body of a response, to assert a secret appears in neither. */
export async function everythingVisible(response: Response): Promise<string> {
  const headers = [...response.headers.entries()]
    .map(([name, value]) => `${name}: ${value}`)
    .join("\n");
  return `${headers}\n${await response.text()}`;
}
