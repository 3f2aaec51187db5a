import type {
  NamespaceTool,
  Response as ApiResponse,
} from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { createTestEngine } from "./testing/engine-client";

const te = createTestEngine();
const { client } = te;

/** Codex offers each MCP server's tools as a namespace like this one. */
const crm: NamespaceTool = {
  type: "namespace",
  name: "mcp__crm",
  description: "Tools of the CRM server",
  tools: [
    {
      type: "function",
      name: "lookup_customer",
      description: "Looks up a customer by id",
      parameters: {
        type: "object",
        properties: { customer_id: { type: "string" } },
        required: ["customer_id"],
        additionalProperties: false,
      },
      strict: true,
    },
    { type: "custom", name: "run_query", description: "Runs a CRM query" },
  ],
};

function calls(response: ApiResponse) {
  return response.output.filter(
    (item) => item.type === "function_call" || item.type === "custom_tool_call",
  );
}

describe("namespace tools", () => {
  it("are accepted with their functions' parameters, and a function they hold is called with its namespace", async () => {
    const stream = await client.responses.create({
      model: "local-echo",
      input: "Look up the customer customer_id=c_42",
      tools: [crm],
      stream: true,
    });
    let added: unknown;
    let final: ApiResponse | undefined;
    for await (const event of stream) {
      if (event.type === "response.output_item.added") added = event.item;
      if (event.type === "response.completed") final = event.response;
    }
    expect(added).toMatchObject({
      type: "function_call",
      name: "lookup_customer",
      namespace: "mcp__crm",
    });
    const [call] = final ? calls(final) : [];
    expect(call).toMatchObject({
      type: "function_call",
      name: "lookup_customer",
      namespace: "mcp__crm",
      arguments: '{"customer_id":"c_42"}',
    });
    const stored = await client.responses.retrieve(final?.id ?? "");
    expect(calls(stored)).toEqual([call]);
    if (call?.type !== "function_call") throw new Error("no function call");
    const answer = await client.responses.create({
      model: "local-echo",
      previous_response_id: final?.id ?? "",
      tools: [crm],
      input: [
        { type: "function_call_output", call_id: call.call_id, output: "Ada" },
      ],
    });
    expect(answer.output_text).toContain("Ada");
  });

  it("calls a custom tool a namespace holds, and takes the namespaced call back with its output", async () => {
    const first = await client.responses.create({
      model: "local-echo",
      input: 'run_query "open deals"',
      tools: [crm],
    });
    const [call] = calls(first);
    expect(call).toMatchObject({
      type: "custom_tool_call",
      name: "run_query",
      namespace: "mcp__crm",
      input: "open deals",
    });
    if (call?.type !== "custom_tool_call") throw new Error("no custom call");
    const second = await client.responses.create({
      model: "local-echo",
      store: false,
      tools: [crm],
      input: [
        { role: "user", content: 'run_query "open deals"' },
        call,
        {
          type: "custom_tool_call_output",
          call_id: call.call_id,
          output: "3 open deals",
        },
      ],
    });
    expect(second.status).toBe("completed");
    expect(second.output_text).toContain("3 open deals");
  });
});
