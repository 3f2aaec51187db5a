import type { ResponseStreamEvent } from "openai/resources/responses/responses";
import { audioHandlers } from "./handlers/audio";
import { hostedToolHandlers, onPartialImage } from "./handlers/hosted-tools";
import { lifecycleHandlers, onError, onKeepalive } from "./handlers/lifecycle";
import {
  onAnnotationAdded,
  onContentPartAdded,
  onContentPartDone,
  onOutputTextDelta,
  onOutputTextDone,
  onRefusalDelta,
  onRefusalDone,
} from "./handlers/message";
import { onOutputItemAdded, onOutputItemDone } from "./handlers/output-items";
import {
  onReasoningTextDelta,
  onReasoningTextDone,
  onSummaryPartAdded,
  onSummaryPartDone,
  onSummaryTextDelta,
  onSummaryTextDone,
} from "./handlers/reasoning";
import {
  onShellCommandAdded,
  onShellCommandDelta,
  onShellCommandDone,
  onShellOutputDelta,
  onShellOutputDone,
} from "./handlers/shell";
import {
  onCustomToolInputDelta,
  onCustomToolInputDone,
  onFunctionArgumentsDelta,
  onFunctionArgumentsDone,
  onInterpreterCodeDelta,
  onInterpreterCodeDone,
  onMcpArgumentsDelta,
  onMcpArgumentsDone,
} from "./handlers/tool-input";
import type { EventHandler } from "./tree-ops";

/** Every event type the SDK knows, plus the transport keep-alive its accumulator accepts. */
export type KnownEventType = ResponseStreamEvent["type"] | "keepalive";

/** One handler per known event type; `satisfies` makes TypeScript fail when the SDK union gains a type. */
export const eventHandlers = {
  ...lifecycleHandlers,
  ...hostedToolHandlers,
  ...audioHandlers,
  error: onError,
  keepalive: onKeepalive,
  "response.output_item.added": onOutputItemAdded,
  "response.output_item.done": onOutputItemDone,
  "response.content_part.added": onContentPartAdded,
  "response.content_part.done": onContentPartDone,
  "response.output_text.delta": onOutputTextDelta,
  "response.output_text.done": onOutputTextDone,
  "response.output_text.annotation.added": onAnnotationAdded,
  "response.refusal.delta": onRefusalDelta,
  "response.refusal.done": onRefusalDone,
  "response.reasoning_summary_part.added": onSummaryPartAdded,
  "response.reasoning_summary_part.done": onSummaryPartDone,
  "response.reasoning_summary_text.delta": onSummaryTextDelta,
  "response.reasoning_summary_text.done": onSummaryTextDone,
  "response.reasoning_text.delta": onReasoningTextDelta,
  "response.reasoning_text.done": onReasoningTextDone,
  "response.function_call_arguments.delta": onFunctionArgumentsDelta,
  "response.function_call_arguments.done": onFunctionArgumentsDone,
  "response.custom_tool_call_input.delta": onCustomToolInputDelta,
  "response.custom_tool_call_input.done": onCustomToolInputDone,
  "response.mcp_call_arguments.delta": onMcpArgumentsDelta,
  "response.mcp_call_arguments.done": onMcpArgumentsDone,
  "response.code_interpreter_call_code.delta": onInterpreterCodeDelta,
  "response.code_interpreter_call_code.done": onInterpreterCodeDone,
  "response.image_generation_call.partial_image": onPartialImage,
  "response.shell_call_command.added": onShellCommandAdded,
  "response.shell_call_command.delta": onShellCommandDelta,
  "response.shell_call_command.done": onShellCommandDone,
  "response.shell_call_output_content.delta": onShellOutputDelta,
  "response.shell_call_output_content.done": onShellOutputDone,
} satisfies Record<KnownEventType, EventHandler>;

const handlersByType: ReadonlyMap<string, EventHandler> = new Map(
  Object.entries(eventHandlers),
);

/** The handler for a wire type, or null for a type this version does not know. */
export function handlerFor(type: string): EventHandler | null {
  return handlersByType.get(type) ?? null;
}

export const knownEventTypes: readonly string[] = [...handlersByType.keys()];
