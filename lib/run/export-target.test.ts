import { describe, expect, it } from "vitest";
import { LISTED_LOCAL } from "@/lib/server/testing/public-upstreams";
import { exportTargetFor } from "./export-target";

const ORIGIN = "http://127.0.0.1:3000";

describe("exportTargetFor", () => {
  it("sends code for the local engine to this app's /v1, keyed by the access token when the app asks for one", () => {
    expect(exportTargetFor(LISTED_LOCAL, ORIGIN, false)).toEqual({
      baseURL: `${ORIGIN}/v1`,
      apiKeyEnv: "OPENAI_API_KEY",
      authHeader: "bearer",
    });
    expect(exportTargetFor(LISTED_LOCAL, ORIGIN, true)).toEqual({
      baseURL: `${ORIGIN}/v1`,
      apiKeyEnv: "PLAYGROUND_ACCESS_TOKEN",
      authHeader: "bearer",
    });
  });

  it("sends code for another upstream straight to it with its own key, whatever the app asks for", () => {
    const azure = {
      id: "azure-east",
      label: "Azure",
      kind: "azure" as const,
      hasKey: true,
      needsKey: true,
      isDefault: false,
      baseURL: "https://res.openai.azure.com/openai/v1",
    };
    expect(exportTargetFor(azure, ORIGIN, true)).toEqual({
      baseURL: azure.baseURL,
      apiKeyEnv: "AZURE_EAST_API_KEY",
      authHeader: "api-key",
    });
  });
});
