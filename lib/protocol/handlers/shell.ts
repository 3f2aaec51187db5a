import type {
  ResponseFunctionShellToolCall,
  ResponseFunctionShellToolCallOutput,
  ResponseOutputItem,
} from "openai/resources/responses/responses";
import { isRecord, readIndex, text } from "../json";
import { resolveTarget } from "../resolve-target";
import type { RunTree } from "../run-tree";
import {
  addViolation,
  setAt,
  updateItem,
  type EventContext,
  type EventHandler,
} from "../tree-ops";

type ShellOutput = ResponseFunctionShellToolCallOutput.Output;

function commandsOf(item: ResponseOutputItem): readonly string[] {
  if (item.type !== "shell_call" || !isRecord(item.action)) return [];
  return Array.isArray(item.action.commands) ? item.action.commands : [];
}

function withCommands(
  item: ResponseOutputItem,
  commands: string[],
): ResponseOutputItem {
  if (item.type !== "shell_call") return item;
  const action: ResponseFunctionShellToolCall.Action = {
    ...item.action,
    commands,
  };
  return { ...item, action };
}

/** Checks command_index against the list (appending is allowed only for `.added`), recording a bad one. */
function checkIndex(
  tree: RunTree,
  ctx: EventContext,
  length: number,
  allowAppend: boolean,
): { tree: RunTree; index: number } {
  const index = readIndex(ctx.data, "command_index");
  const limit = allowAppend ? length : length - 1;
  if (index !== null && index <= limit) return { tree, index };
  const message = `${ctx.event.type} addresses command ${index ?? "(no index)"}, but the call has ${length}; appended.`;
  return {
    tree: addViolation(
      tree,
      ctx.event,
      allowAppend ? "content_index_mismatch" : "missing_content_part",
      message,
    ),
    index: length,
  };
}

function commandHandler(mode: "added" | "delta" | "done"): EventHandler {
  return (tree, ctx) => {
    const target = resolveTarget(tree, ctx, {
      family: ["shell_call"],
      hasItemId: false,
    });
    if (target.position === null) return target.tree;
    const node = target.tree.output[target.position];
    const commands = node === undefined ? [] : commandsOf(node.item);
    const checked = checkIndex(
      target.tree,
      ctx,
      commands.length,
      mode === "added",
    );
    const value =
      mode === "delta"
        ? text(commands[checked.index]) + text(ctx.data.delta)
        : text(ctx.data.command);
    return updateItem(checked.tree, target.position, ctx.event, (item) =>
      withCommands(item, setAt(commands, checked.index, value)),
    );
  };
}

export const onShellCommandAdded = commandHandler("added");
export const onShellCommandDelta = commandHandler("delta");
export const onShellCommandDone = commandHandler("done");

const emptyOutput = (): ShellOutput => ({
  stdout: "",
  stderr: "",
  outcome: { type: "exit", exit_code: 0 },
});

function outputsOf(item: ResponseOutputItem): readonly ShellOutput[] {
  return item.type === "shell_call_output" && Array.isArray(item.output)
    ? item.output
    : [];
}

/** Pads the outputs up to `index`, as the SDK does: a command's output may start before the earlier ones. */
function padded(outputs: readonly ShellOutput[], index: number): ShellOutput[] {
  const copy = outputs.slice();
  while (copy.length <= index) copy.push(emptyOutput());
  return copy;
}

function isShellOutput(value: unknown): value is ShellOutput {
  return isRecord(value) && isRecord(value.outcome);
}

function outputHandler(isDone: boolean): EventHandler {
  return (tree, ctx) => {
    const target = resolveTarget(tree, ctx, { family: ["shell_call_output"] });
    if (target.position === null) return target.tree;
    const index = readIndex(ctx.data, "command_index");
    if (index === null) {
      return addViolation(
        target.tree,
        ctx.event,
        "invalid_event",
        `${ctx.event.type} has no command_index.`,
      );
    }
    const node = target.tree.output[target.position];
    const outputs = padded(
      node === undefined ? [] : outputsOf(node.item),
      index,
    );
    const current = outputs[index] ?? emptyOutput();
    const delta = isRecord(ctx.data.delta) ? ctx.data.delta : {};
    const final: unknown = Array.isArray(ctx.data.output)
      ? ctx.data.output[0]
      : undefined;
    let next: ShellOutput;
    if (!isDone) {
      next = {
        ...current,
        stdout: text(current.stdout) + text(delta.stdout),
        stderr: text(current.stderr) + text(delta.stderr),
      };
    } else if (isShellOutput(final)) {
      next = final;
    } else {
      return addViolation(
        target.tree,
        ctx.event,
        "invalid_event",
        `${ctx.event.type} carries no output entry.`,
      );
    }
    outputs[index] = next;
    return updateItem(target.tree, target.position, ctx.event, (item) =>
      item.type === "shell_call_output" ? { ...item, output: outputs } : item,
    );
  };
}

export const onShellOutputDelta = outputHandler(false);
export const onShellOutputDone = outputHandler(true);
