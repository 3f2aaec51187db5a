"use client";

import type { ResponseOutputItem } from "openai/resources/responses/responses";
import { useContext } from "react";
import { HighlightedCode } from "@/components/ui/highlighted-code";
import type { OutputNode } from "@/lib/protocol";
import { JsonTextContext } from "./item-context";
import { LiveJson } from "./live-json";
import {
  ApplyPatchCallView,
  ApplyPatchOutputView,
} from "./items/apply-patch-views";
import { CodeInterpreterView } from "./items/code-interpreter-view";
import { CompactionView } from "./items/compaction-view";
import { ComputerCallView, ComputerOutputView } from "./items/computer-views";
import { CustomToolCallView, ToolOutputView } from "./items/custom-tool-views";
import { FileSearchView } from "./items/file-search-view";
import { ImageGenerationView } from "./items/image-generation-view";
import { LogprobHeatmap } from "./items/logprob-heatmap";
import {
  McpApprovalRequestView,
  McpApprovalResponseView,
  McpCallView,
  McpListToolsView,
} from "./items/mcp-views";
import {
  LocalShellCallView,
  LocalShellOutputView,
  ShellCallView,
  ShellOutputView,
} from "./items/shell-views";
import { TextAnnotations } from "./items/text-annotations";
import { WebSearchView } from "./items/web-search-view";
import { MarkdownText } from "./lazy-markdown-text";
import { InputPart, MEDIA_PART_TYPES } from "./input-parts";

type Item<T extends ResponseOutputItem["type"]> = Extract<
  ResponseOutputItem,
  { type: T }
>;

function MessageBody({
  item,
  streaming,
}: {
  item: Item<"message">;
  streaming: boolean;
}) {
  const json = useContext(JsonTextContext);
  return (
    <div className="flex flex-col gap-2">
      {item.content.map((part, index) =>
        part.type === "refusal" ? (
          <p
            key={index}
            role="note"
            aria-label="Refusal"
            className="rounded-md border border-rose-500/30 bg-rose-500/10 px-3 py-2 text-sm text-rose-200"
          >
            {part.refusal || "…"}
          </p>
        ) : "text" in part && typeof part.text === "string" ? (
          // output_text, and input_text when a stored input message is shown through the same view.
          <div key={index} className="flex flex-col gap-2">
            {json && part.type === "output_text" ? (
              <LiveJson text={part.text} done={!streaming} subject="text" />
            ) : (
              <MarkdownText text={part.text} streaming={streaming} />
            )}
            {part.type === "output_text" && Array.isArray(part.annotations) ? (
              <TextAnnotations annotations={part.annotations} />
            ) : null}
            {part.type === "output_text" &&
            part.logprobs &&
            part.logprobs.length > 0 ? (
              <LogprobHeatmap logprobs={part.logprobs} />
            ) : null}
          </div>
        ) : MEDIA_PART_TYPES.has(part.type) ? (
          // A stored input message's image, file or recording, shown rather than quoted (a data URL can be megabytes).
          <InputPart key={index} part={part} />
        ) : (
          <GenericBody key={index} value={part} />
        ),
      )}
      {item.content.length === 0 && streaming ? (
        <p className="text-sm text-zinc-500">…</p>
      ) : null}
    </div>
  );
}

function ReasoningBody({
  item,
  streaming,
}: {
  item: Item<"reasoning">;
  streaming: boolean;
}) {
  const summary = item.summary.map((part) => part.text).join("\n\n");
  const content = (item.content ?? []).map((part) => part.text).join("\n\n");
  return (
    <details open={streaming || undefined} className="group text-sm">
      <summary className="cursor-pointer text-xs text-zinc-400 select-none hover:text-zinc-200">
        {summary || content
          ? "Summary"
          : streaming
            ? "Thinking…"
            : "No summary (ask for one with reasoning.summary)"}
        {item.encrypted_content ? (
          <span className="ml-2 text-zinc-500">
            · encrypted_content {item.encrypted_content.length} chars
          </span>
        ) : null}
      </summary>
      {summary ? (
        <div className="mt-2 border-l-2 border-zinc-700 pl-3 text-zinc-400">
          <MarkdownText text={summary} streaming={streaming} />
        </div>
      ) : null}
      {content ? (
        <pre className="mt-2 font-mono text-xs whitespace-pre-wrap text-zinc-500">
          {content}
        </pre>
      ) : null}
    </details>
  );
}

function FunctionCallBody({
  item,
  done,
}: {
  item: Item<"function_call">;
  done: boolean;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <p className="font-mono text-xs break-all text-zinc-400">
        <span className="text-violet-300">
          {item.namespace ? `${item.namespace}.${item.name}` : item.name}
        </span>
        <span className="text-zinc-500"> · </span>
        {item.call_id}
      </p>
      <LiveJson text={item.arguments} done={done} subject="arguments" />
    </div>
  );
}

/** Any other item type, including ones this version does not know: every field, as JSON. */
function GenericBody({ value }: { value: unknown }) {
  const fields =
    value && typeof value === "object"
      ? Object.fromEntries(
          Object.entries(value).filter(
            ([key]) => key !== "id" && key !== "type",
          ),
        )
      : value;
  return (
    <HighlightedCode
      code={JSON.stringify(fields, null, 2)}
      language="json"
      className="max-h-96"
    />
  );
}

export function ItemBody({
  node,
  streaming,
}: {
  node: OutputNode;
  streaming: boolean;
}) {
  const { item } = node;
  const live = streaming && !node.done;
  switch (item.type) {
    case "message":
      return <MessageBody item={item} streaming={live} />;
    case "reasoning":
      return <ReasoningBody item={item} streaming={live} />;
    case "function_call":
      return <FunctionCallBody item={item} done={node.done} />;
    case "function_call_output":
    case "custom_tool_call_output":
      return <ToolOutputView item={item} />;
    case "custom_tool_call":
      return <CustomToolCallView item={item} done={node.done} />;
    case "web_search_call":
      return <WebSearchView item={item} />;
    case "file_search_call":
      return <FileSearchView item={item} done={node.done} />;
    case "code_interpreter_call":
      return <CodeInterpreterView item={item} done={node.done} />;
    case "image_generation_call":
      return (
        <ImageGenerationView item={item} partialImages={node.partialImages} />
      );
    case "computer_call":
      return <ComputerCallView item={item} />;
    case "computer_call_output":
      return <ComputerOutputView item={item} />;
    case "mcp_list_tools":
      return <McpListToolsView item={item} />;
    case "mcp_call":
      return <McpCallView item={item} done={node.done} />;
    case "mcp_approval_request":
      return <McpApprovalRequestView item={item} />;
    case "mcp_approval_response":
      return <McpApprovalResponseView item={item} />;
    case "local_shell_call":
      return <LocalShellCallView item={item} />;
    case "local_shell_call_output":
      return <LocalShellOutputView item={item} />;
    case "shell_call":
      return <ShellCallView item={item} done={node.done} />;
    case "shell_call_output":
      return <ShellOutputView item={item} />;
    case "apply_patch_call":
      return <ApplyPatchCallView item={item} />;
    case "apply_patch_call_output":
      return <ApplyPatchOutputView item={item} />;
    case "compaction":
      return <CompactionView item={item} phase={node.phase} />;
    default:
      return <GenericBody value={item} />;
  }
}
