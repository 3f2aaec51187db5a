import { expect, type APIRequestContext } from "@playwright/test";
import type { Response as ApiResponse } from "openai/resources/responses/responses";

/** Creates a stored response on the local engine straight through `/v1`, as an SDK script would. */
export async function createResponse(
  request: APIRequestContext,
  body: Record<string, unknown>,
): Promise<ApiResponse> {
  const answer = await request.post("/v1/responses", {
    data: { model: "local-echo", ...body },
  });
  expect(answer.ok()).toBe(true);
  return (await answer.json()) as ApiResponse;
}

/** A function tool with a loose schema, as many clients send one. */
export const weatherTools = [
  {
    type: "function",
    name: "get_weather",
    parameters: { type: "object", properties: { city: { type: "string" } } },
  },
];

/** A stored response that ends with a call to get_weather, and that call's id. */
export async function askWeather(
  request: APIRequestContext,
): Promise<{ response: ApiResponse; callId: string }> {
  const response = await createResponse(request, {
    input: "What's the weather in Paris?",
    tools: weatherTools,
  });
  const call = response.output.find((item) => item.type === "function_call");
  expect(call?.type).toBe("function_call");
  return {
    response,
    callId: call?.type === "function_call" ? call.call_id : "",
  };
}
