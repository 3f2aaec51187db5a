import type {
  CustomTool,
  Response as ApiResponse,
  ResponseCustomToolCall,
} from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { createTestEngine } from "./testing/engine-client";
import { APPLY_PATCH } from "./testing/lark-grammars";

const te = createTestEngine();
const { client } = te;

const codeExec: CustomTool = {
  type: "custom",
  name: "code_exec",
  description: "Runs Python code",
};

/** The timestamp tool of OpenAI's GPT-5 custom-tool guide. */
const timestamp: CustomTool = {
  type: "custom",
  name: "timestamp_grammar",
  format: {
    type: "grammar",
    syntax: "regex",
    definition: String.raw`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) (?:[01]\d|2[0-3]):[0-5]\d$`,
  },
};

const calculator: CustomTool = {
  type: "custom",
  name: "calculator",
  format: {
    type: "grammar",
    syntax: "lark",
    definition: String.raw`
      start: expr
      expr: term (SP ADD SP term)* | term
      term: NUMBER | "(" expr ")"
      SP: " "
      ADD: "+"
      %import common.NUMBER
    `,
  },
};

function customCalls(response: ApiResponse): ResponseCustomToolCall[] {
  return response.output.filter(
    (item): item is ResponseCustomToolCall => item.type === "custom_tool_call",
  );
}

describe("custom tools", () => {
  it("tool_choice required calls a custom tool with the user's code, streamed as input deltas", async () => {
    const stream = await client.responses.create({
      model: "local-echo",
      input: "Sort it:\n```python\nprint(sorted([3, 1, 2]))\n```",
      tools: [codeExec],
      tool_choice: "required",
      stream: true,
    });
    const types: string[] = [];
    let final: ApiResponse | undefined;
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === "response.completed") final = event.response;
    }
    expect(types).toEqual(
      expect.arrayContaining([
        "response.output_item.added",
        "response.custom_tool_call_input.delta",
        "response.custom_tool_call_input.done",
        "response.output_item.done",
      ]),
    );
    const [call] = final ? customCalls(final) : [];
    expect(call).toMatchObject({
      name: "code_exec",
      input: "print(sorted([3, 1, 2]))",
    });
    expect(call?.id).toMatch(/^ctc_/);
    expect(call?.call_id).toMatch(/^call_/);
    const stored = await client.responses.retrieve(final?.id ?? "");
    expect(customCalls(stored)).toEqual([call]);
  });

  it("tool_choice {type: custom} forces that tool; its regex grammar takes the user's words when they match", async () => {
    const matching = await client.responses.create({
      model: "local-echo",
      input: 'Save "2025-08-07 10:00" please',
      tools: [codeExec, timestamp],
      tool_choice: { type: "custom", name: "timestamp_grammar" },
    });
    expect(customCalls(matching)).toMatchObject([
      { name: "timestamp_grammar", input: "2025-08-07 10:00" },
    ]);
    const sampled = await client.responses.create({
      model: "local-echo",
      input: "Save a timestamp for August 7th 2025 at 10AM.",
      tools: [timestamp],
      tool_choice: { type: "custom", name: "timestamp_grammar" },
    });
    expect(customCalls(sampled)).toMatchObject([{ input: "0000-01-01 00:00" }]);
  });

  it("reads the user's words against any grammar in linear time, so a pattern that backtracks cannot stall the engine", async () => {
    // JavaScript's backtracking matcher takes seconds to fail on these 32 a's, twice as long with each more.
    const words = `${"a".repeat(32)}!`;
    const regex = await client.responses.create({
      model: "local-echo",
      input: words,
      tools: [
        {
          type: "custom",
          name: "as",
          format: { type: "grammar", syntax: "regex", definition: "(a+)+$" },
        },
      ],
      tool_choice: "required",
    });
    expect(customCalls(regex)).toMatchObject([{ input: "a" }]);
    const lark = await client.responses.create({
      model: "local-echo",
      input: words,
      tools: [
        {
          type: "custom",
          name: "as",
          format: {
            type: "grammar",
            syntax: "lark",
            definition: "start: /(a+)+b/",
          },
        },
      ],
      tool_choice: "required",
    });
    expect(customCalls(lark)).toMatchObject([{ name: "as" }]);
  });

  it("calls a custom tool its name is mentioned by under auto, with the shortest input of its lark grammar", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "Use the calculator to add 2 and 3.",
      tools: [codeExec, calculator],
    });
    expect(customCalls(response)).toMatchObject([
      { name: "calculator", input: "0" },
    ]);
  });

  it("gives a lark-grammar tool the user's fenced code when the grammar accepts it", async () => {
    const applyPatch: CustomTool = {
      type: "custom",
      name: "apply_patch",
      format: { type: "grammar", syntax: "lark", definition: APPLY_PATCH },
    };
    const patch =
      "*** Begin Patch\n*** Add File: hello.txt\n+hello\n*** End Patch";
    const given = await client.responses.create({
      model: "local-echo",
      input: `Use apply_patch:\n\`\`\`\n${patch}\n\`\`\``,
      tools: [applyPatch],
    });
    expect(customCalls(given)).toMatchObject([{ input: patch }]);
    // Words the grammar refuses get its shortest patch instead.
    const sampled = await client.responses.create({
      model: "local-echo",
      input: "Use apply_patch to add hello.txt",
      tools: [applyPatch],
    });
    expect(customCalls(sampled)).toMatchObject([
      { input: "*** Begin Patch\n*** Add File: a\n+\n*** End Patch" },
    ]);
  });

  it("fails the response, naming the construct, when a grammar cannot be met", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "go",
      tools: [
        {
          type: "custom",
          name: "odd",
          format: { type: "grammar", syntax: "lark", definition: "start: x" },
        },
      ],
      tool_choice: "required",
    });
    expect(response.status).toBe("failed");
    expect(response.error?.message).toBe(
      "The local model could not produce input matching the lark grammar of tool 'odd': 'x' is used but not defined",
    );
  });

  it("answers a custom_tool_call_output with a message quoting it", async () => {
    const first = await client.responses.create({
      model: "local-echo",
      input: "print(1)",
      tools: [codeExec],
      tool_choice: "required",
    });
    const [call] = customCalls(first);
    const second = await client.responses.create({
      model: "local-echo",
      previous_response_id: first.id,
      tools: [codeExec],
      input: [
        {
          type: "custom_tool_call_output",
          call_id: call?.call_id ?? "",
          output: "1",
        },
      ],
    });
    expect(customCalls(second)).toEqual([]);
    expect(second.output_text).toContain("code_exec");
  });
});
