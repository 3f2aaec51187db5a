import type { ResponseOutputItem } from "openai/resources/responses/responses";
import { text } from "../json";
import { resolveTarget } from "../resolve-target";
import {
  addViolation,
  doneMismatch,
  updateItem,
  type EventHandler,
} from "../tree-ops";

/** A streamed string field of a tool call item (arguments, input, code). */
interface StreamedField {
  family: ResponseOutputItem["type"];
  /** The field of the `.done` event that carries the final value. */
  doneKey: string;
  read: (item: ResponseOutputItem) => string;
  write: (item: ResponseOutputItem, value: string) => ResponseOutputItem;
}

const functionArguments: StreamedField = {
  family: "function_call",
  doneKey: "arguments",
  read: (item) => (item.type === "function_call" ? text(item.arguments) : ""),
  write: (item, value) =>
    item.type === "function_call" ? { ...item, arguments: value } : item,
};

const customToolInput: StreamedField = {
  family: "custom_tool_call",
  doneKey: "input",
  read: (item) => (item.type === "custom_tool_call" ? text(item.input) : ""),
  write: (item, value) =>
    item.type === "custom_tool_call" ? { ...item, input: value } : item,
};

const mcpArguments: StreamedField = {
  family: "mcp_call",
  doneKey: "arguments",
  read: (item) => (item.type === "mcp_call" ? text(item.arguments) : ""),
  write: (item, value) =>
    item.type === "mcp_call" ? { ...item, arguments: value } : item,
};

const interpreterCode: StreamedField = {
  family: "code_interpreter_call",
  doneKey: "code",
  read: (item) =>
    item.type === "code_interpreter_call" ? text(item.code) : "",
  write: (item, value) =>
    item.type === "code_interpreter_call" ? { ...item, code: value } : item,
};

function deltaHandler(field: StreamedField): EventHandler {
  return (tree, ctx) => {
    const target = resolveTarget(tree, ctx, { family: [field.family] });
    if (target.position === null) return target.tree;
    const delta = text(ctx.data.delta);
    // Concatenation keeps each delta O(1) amortized (V8 ropes); arguments can be long.
    return updateItem(target.tree, target.position, ctx.event, (item) =>
      field.write(item, field.read(item) + delta),
    );
  };
}

function doneHandler(field: StreamedField): EventHandler {
  return (tree, ctx) => {
    const target = resolveTarget(tree, ctx, { family: [field.family] });
    if (target.position === null) return target.tree;
    const value = ctx.data[field.doneKey];
    if (typeof value !== "string") {
      return addViolation(
        target.tree,
        ctx.event,
        "invalid_event",
        `${ctx.event.type} has no string ${field.doneKey}.`,
      );
    }
    const node = target.tree.output[target.position];
    const mismatch =
      node === undefined
        ? null
        : doneMismatch(field.doneKey, field.read(node.item), value);
    const next =
      mismatch === null
        ? target.tree
        : addViolation(target.tree, ctx.event, "done_mismatch", mismatch);
    return updateItem(next, target.position, ctx.event, (item) =>
      field.write(item, value),
    );
  };
}

export const onFunctionArgumentsDelta = deltaHandler(functionArguments);
export const onFunctionArgumentsDone = doneHandler(functionArguments);
export const onCustomToolInputDelta = deltaHandler(customToolInput);
export const onCustomToolInputDone = doneHandler(customToolInput);
export const onMcpArgumentsDelta = deltaHandler(mcpArguments);
export const onMcpArgumentsDone = doneHandler(mcpArguments);
export const onInterpreterCodeDelta = deltaHandler(interpreterCode);
export const onInterpreterCodeDone = doneHandler(interpreterCode);
