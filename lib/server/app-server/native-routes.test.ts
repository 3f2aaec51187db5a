import { describe, expect, it } from "vitest";
import { nativeRoute } from "./native-routes";

describe("nativeRoute", () => {
  it("serves /v1/... with the engine", () => {
    expect(nativeRoute("POST", "/v1/responses")).toEqual({ kind: "engine" });
    expect(
      nativeRoute("GET", "/v1/responses/resp_1/input_items?limit=2"),
    ).toEqual({
      kind: "engine",
    });
  });

  it("serves /api/proxy/{upstream}/v1/... with the proxy, its segments decoded as Next decodes a catch-all's", () => {
    expect(
      nativeRoute("GET", "/api/proxy/local/v1/responses/resp_1?x=1"),
    ).toEqual({
      kind: "proxy",
      upstream: "local",
      path: ["responses", "resp_1"],
    });
    expect(
      nativeRoute("GET", "/api/proxy/ollama/v1/models/llama3.2%3Alatest"),
    ).toEqual({
      kind: "proxy",
      upstream: "ollama",
      path: ["models", "llama3.2:latest"],
    });
    // Encoded separators reach the proxy, whose path check refuses them with its own envelope.
    expect(
      nativeRoute("GET", "/api/proxy/local/v1/responses%2F..%2Fx"),
    ).toEqual({
      kind: "proxy",
      upstream: "local",
      path: ["responses/../x"],
    });
  });

  it("leaves to Next what Next answers itself: other paths, HEAD and OPTIONS, redirects and bad escapes", () => {
    for (const [method, url] of [
      ["GET", "/"],
      ["GET", "/api/upstreams"],
      ["GET", "/responses/resp_1"],
      ["GET", "/v1"],
      ["GET", "/v1/"],
      ["GET", "/v1/responses/"],
      ["GET", "/v1//responses"],
      ["HEAD", "/v1/models"],
      ["OPTIONS", "/api/proxy/local/v1/responses"],
      ["GET", "/api/proxy/local/v1"],
      ["GET", "/api/proxy/local/v2/responses"],
      ["GET", "/api/proxy/local/v1/responses/"],
      ["GET", "/api/proxy/local/v1/%E0%A4%A"],
      ["GET", "/v1x/responses"],
    ] as const)
      expect(nativeRoute(method, url), `${method} ${url}`).toBeNull();
  });
});
