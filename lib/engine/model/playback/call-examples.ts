import type {
  ResponseApplyPatchToolCall,
  ResponseComputerToolCall,
  ResponseFunctionShellToolCall,
  ResponseFunctionShellToolCallOutput,
  ResponseOutputItem,
  Tool,
} from "openai/resources/responses/responses";
import { runsOnClient } from "@/lib/api/client-run-tools";
import { newId } from "../../ids";
import { customToolCallItem } from "../custom-tool-call";
import type { ScriptStep } from "../scripted-item";
import type { PlannedItem } from "../types";
import { playbackLabel } from "./label";

/** An item with no events between added and done: announced in progress, finished completed. */
function announced(
  item:
    | ResponseComputerToolCall
    | ResponseFunctionShellToolCall
    | ResponseOutputItem.LocalShellCall
    | ResponseApplyPatchToolCall,
): PlannedItem {
  return {
    type: "scripted",
    item: { added: item, steps: [], done: { ...item, status: "completed" } },
  };
}

/** A computer call (a click) carrying a pending safety check the client must acknowledge. */
export function computerUseExample(): PlannedItem[] {
  const call: ResponseComputerToolCall = {
    id: newId("cu"),
    type: "computer_call",
    call_id: newId("call"),
    status: "in_progress",
    action: { type: "click", button: "left", x: 320, y: 240 },
    pending_safety_checks: [
      {
        id: newId("cu_sc"),
        code: "malicious_instructions",
        message: `${playbackLabel("computer_use")} Check the page before you let the click through.`,
      },
    ],
  };
  return [announced(call)];
}

const COMMANDS = ["ls -la", "cat README.md | head -n 3"];
const OUTPUTS = [
  { stdout: "total 8\nREADME.md\npackage.json\n", stderr: "" },
  { stdout: "# Responses Playground\n", stderr: "head: playback\n" },
];

/** A shell call for the client to run (its shell tool has a local environment): the call alone, awaiting output. */
function localShellCallExample(): PlannedItem[] {
  const call: ResponseFunctionShellToolCall = {
    id: newId("sh"),
    type: "shell_call",
    call_id: newId("call"),
    status: "in_progress",
    environment: { type: "local" },
    action: { commands: COMMANDS, max_output_length: 4096, timeout_ms: 10_000 },
  };
  return [announced(call)];
}

/**
 * A shell call: when the offered shell tool runs on the client, the call alone for the client to answer;
 * otherwise a hosted one, with commands streamed in and then their output streamed per command.
 */
export function shellExample(tools: readonly Tool[]): PlannedItem[] {
  const shell = tools.find((tool) => tool.type === "shell");
  if (shell && runsOnClient(shell)) return localShellCallExample();
  const callId = newId("call");
  const environment = {
    type: "container_reference",
    container_id: newId("cntr"),
  } as const;
  const call: ResponseFunctionShellToolCall = {
    id: newId("sh"),
    type: "shell_call",
    call_id: callId,
    status: "in_progress",
    environment,
    action: { commands: [], max_output_length: null, timeout_ms: 10_000 },
  };
  const commandSteps = COMMANDS.flatMap((command, index): ScriptStep[] => {
    const commands = COMMANDS.slice(0, index);
    const shellEvent = (
      type: ScriptStep["type"],
      fields: Record<string, unknown>,
      sofar: string,
      streamed?: string,
    ): ScriptStep => ({
      type,
      fields: { command_index: index, ...fields },
      withoutItemId: true,
      ...(streamed === undefined ? {} : { streamed }),
      patch: { action: { ...call.action, commands: [...commands, sofar] } },
    });
    return [
      shellEvent("response.shell_call_command.added", { command: "" }, ""),
      shellEvent(
        "response.shell_call_command.delta",
        { delta: command },
        command,
        command,
      ),
      shellEvent("response.shell_call_command.done", { command }, command),
    ];
  });
  const outcome = { type: "exit", exit_code: 0 } as const;
  const outputs = OUTPUTS.map((output) => ({ ...output, outcome }));
  const output: ResponseFunctionShellToolCallOutput = {
    id: newId("sho"),
    type: "shell_call_output",
    call_id: callId,
    status: "in_progress",
    max_output_length: null,
    output: [],
  };
  const outputSteps = outputs.flatMap((result, index): ScriptStep[] => [
    {
      type: "response.shell_call_output_content.delta",
      fields: {
        command_index: index,
        delta: { stdout: result.stdout, stderr: result.stderr },
      },
      patch: { output: outputs.slice(0, index + 1) },
    },
    {
      type: "response.shell_call_output_content.done",
      fields: { command_index: index, output: [result] },
    },
  ]);
  return [
    {
      type: "scripted",
      item: {
        added: call,
        steps: commandSteps,
        done: {
          ...call,
          status: "completed",
          action: { ...call.action, commands: COMMANDS },
        },
      },
    },
    {
      type: "scripted",
      item: {
        added: output,
        steps: outputSteps,
        done: { ...output, status: "completed", output: outputs },
      },
    },
    {
      type: "message",
      text: `${playbackLabel("shell")}\n\nThe directory holds README.md and package.json.`,
    },
  ];
}

/** A local shell call for the client to run. */
export function localShellExample(): PlannedItem[] {
  return [
    announced({
      id: newId("lsh"),
      type: "local_shell_call",
      call_id: newId("call"),
      status: "in_progress",
      action: {
        type: "exec",
        command: ["ls", "-la"],
        env: { PLAYBACK: "1" },
        timeout_ms: 10_000,
        user: null,
        working_directory: "/tmp",
      },
    }),
  ];
}

const DIFF = `@@ -1,3 +1,3 @@
 # Responses Playground
-A playground.
+A playground. (${playbackLabel("apply_patch")})
 `;

/** An apply_patch call that updates a file with a diff, for the client to apply. */
export function applyPatchExample(): PlannedItem[] {
  const call: ResponseApplyPatchToolCall = {
    id: newId("apc"),
    type: "apply_patch_call",
    call_id: newId("call"),
    status: "in_progress",
    operation: { type: "update_file", path: "README.md", diff: DIFF },
  };
  return [announced(call)];
}

/** A custom tool call with free-form input streamed in, to the first offered custom tool when there is one. */
export function customToolExample(tools: readonly Tool[]): PlannedItem[] {
  const tool = tools.find((t) => t.type === "custom");
  const name = tool?.type === "custom" ? tool.name : "playback_custom_tool";
  const input = `SELECT name FROM tools WHERE kind = 'custom'; -- ${playbackLabel("custom")}`;
  return [customToolCallItem(name, input)];
}
