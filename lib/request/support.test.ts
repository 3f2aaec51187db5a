import type { ResponseCreateParamsNonStreaming } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import {
  createTestEngine,
  streamEvents,
} from "@/lib/engine/testing/engine-client";
import { buildTools } from "./build-tools";
import { INCLUDABLES, type DraftTool } from "./draft";
import { newDraftTool } from "./draft-tool-schema";
import { SHELL_ENVIRONMENTS, TOOL_KINDS } from "./draft-tools";
import { newToolRow } from "./new-tool-row";
import { hostedToolNote, includeNote, supportNote } from "./support";

const { client } = createTestEngine({ tokensPerSecond: 0 });

/** A response's output with its ids left out, so two runs of one request compare equal. */
async function outputOf(
  body: Partial<ResponseCreateParamsNonStreaming>,
): Promise<unknown> {
  const response = await client.responses.create({
    model: "local-echo-reasoning",
    input: "/words 6",
    store: false,
    ...body,
  });
  return JSON.parse(
    JSON.stringify(response.output, (key, value: unknown) =>
      key === "id" ? undefined : value,
    ),
  );
}

describe("the local engine's marks", () => {
  it.each(INCLUDABLES)(
    "include %s is marked ignored exactly when the engine's answer does not change",
    async (value) => {
      const plain = await outputOf({ top_logprobs: 2 });
      const included = await outputOf({ top_logprobs: 2, include: [value] });
      expect(includeNote(value, "local") === null).toBe(
        JSON.stringify(included) !== JSON.stringify(plain),
      );
    },
  );

  // Every tool the panel adds, as it adds it (filled in where it cannot be sent empty), and the shell in each environment.
  const panelTools: DraftTool[] = [
    ...TOOL_KINDS.map(({ type }) => {
      const tool = newToolRow(newDraftTool(type, type), []);
      if (tool.type === "file_search")
        return { ...tool, vectorStoreIds: "vs_1" };
      if (tool.type === "mcp")
        return {
          ...tool,
          serverLabel: "docs",
          serverUrl: "https://mcp.example",
        };
      return tool;
    }),
    ...SHELL_ENVIRONMENTS.map((environment): DraftTool => {
      const tool = newDraftTool("shell", `shell ${environment}`);
      if (tool.type !== "shell") throw new Error("not a shell tool");
      return { ...tool, environment, containerId: "cntr_1" };
    }),
  ];

  it.each(panelTools.map((tool) => [tool.id, tool] as const))(
    "the %s tool is marked exactly when the engine cannot call it",
    async (_, tool) => {
      const { value: tools, problems } = buildTools([tool]);
      expect(problems).toEqual([]);
      const answer = (toolChoice: "auto" | "required") =>
        client.responses
          .create({
            model: "local-echo",
            input: "hi",
            tools,
            tool_choice: toolChoice,
            store: false,
          })
          .then(
            () => "accepted",
            (error: { code?: string }) => error.code,
          );
      expect(await answer("auto")).toBe("accepted");
      expect(await answer("required")).toBe(
        hostedToolNote(tool, "local") === null
          ? "accepted"
          : "unsupported_tool",
      );
      expect(hostedToolNote(tool, "openai")).toBeNull();
    },
  );

  it("verbosity is marked, and the engine's answer is the same at every verbosity", async () => {
    expect(supportNote("verbosity", "local", "local-echo")).toBe(
      "local engine ignores",
    );
    const low = await outputOf({ text: { verbosity: "low" } });
    expect(await outputOf({ text: { verbosity: "high" } })).toEqual(low);
  });

  it("stream obfuscation is not marked, and the engine drops the padding when it is off", async () => {
    expect(supportNote("stream_options", "local", "local-echo")).toBeNull();
    const deltas = async (include_obfuscation: boolean) =>
      (
        await streamEvents(client, {
          input: "/words 3",
          stream_options: { include_obfuscation },
        })
      ).filter((event) => event.type === "response.output_text.delta");
    expect((await deltas(true)).every((e) => "obfuscation" in e)).toBe(true);
    expect((await deltas(false)).some((e) => "obfuscation" in e)).toBe(false);
  });

  it("a stored prompt is marked, since the engine has none", async () => {
    expect(supportNote("prompt", "local", "local-echo")).toBe(
      "local engine stores no prompts",
    );
    await expect(
      client.responses.create({
        model: "local-echo",
        input: "hi",
        prompt: { id: "pmpt_123" },
      }),
    ).rejects.toMatchObject({ status: 404, param: "prompt.id" });
  });
});

describe("supportNote", () => {
  it("marks what other Responses servers may lack, and only there", () => {
    expect(supportNote("include", "openai-compatible", "llama3")).toBe(
      "may be unsupported",
    );
    expect(supportNote("include", "openai", "gpt-4.1")).toBeNull();
    expect(includeNote("file_search_call.results", "openai")).toBeNull();
  });

  it("marks sampling for reasoning models and reasoning for classic ones, whatever the upstream", () => {
    expect(supportNote("sampling", "openai", "o3-mini")).toBe(
      "reasoning models reject this",
    );
    expect(supportNote("reasoning", "local", "gpt-4o")).toBe(
      "this model does not reason",
    );
    expect(supportNote("sampling", "openai", "gpt-4o")).toBeNull();
  });
});
