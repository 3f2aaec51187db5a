import { describe, expect, it } from "vitest";
import { localEngineOffResponse } from "./local-engine-route";
import { createUpstreamRegistry } from "./upstreams";

describe("localEngineOffResponse", () => {
  it("lets /v1 through while the local engine is on", () => {
    expect(localEngineOffResponse(createUpstreamRegistry({}))).toBeNull();
  });

  it("answers 404 in the API's envelope, saying the engine is off, when LOCAL_ENGINE=0", async () => {
    const response = localEngineOffResponse(
      createUpstreamRegistry({ LOCAL_ENGINE: "0" }),
    );
    expect(response?.status).toBe(404);
    expect(await response?.json()).toEqual({
      error: {
        message: expect.stringContaining("local engine is off") as string,
        type: "invalid_request_error",
        param: null,
        code: "local_engine_off",
      },
    });
  });
});
