"use client";

import { Check, X } from "lucide-react";
import type { McpToolCallError } from "openai/resources/responses/responses";
import { Button } from "@/components/ui/button";
import { parseLiveJson } from "@/lib/protocol";
import { approvalStatus } from "@/lib/run/pending-answers";
import { decideApproval, isTurnActive } from "@/lib/run/send-draft";
import { useRunStore } from "@/lib/stores/run-store";
import { LiveJson } from "../live-json";
import type { ItemOf } from "./item-of";
import { Field, Note, TextBlock } from "./item-parts";

/** The tools an MCP server offered: name, description and input schema of each. */
export function McpListToolsView({ item }: { item: ItemOf<"mcp_list_tools"> }) {
  return (
    <div className="flex flex-col gap-1.5">
      <Field label="Server">
        <span className="font-mono">{item.server_label}</span>
      </Field>
      {item.error ? (
        <TextBlock tone="error" label="Listing error" text={item.error} />
      ) : null}
      {item.tools.length > 0 ? (
        <ul aria-label="MCP tools" className="flex flex-col gap-1">
          {item.tools.map((tool) => (
            <li key={tool.name} className="text-xs">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-mono text-violet-300">{tool.name}</span>
                  {tool.description ? (
                    <span className="text-zinc-400"> — {tool.description}</span>
                  ) : null}
                </summary>
                <pre className="mt-1 overflow-auto rounded bg-zinc-950/60 p-1.5 font-mono text-[11px] text-zinc-400">
                  {JSON.stringify(tool.input_schema, null, 2)}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      ) : item.error ? null : (
        <Note>No tools listed yet.</Note>
      )}
    </div>
  );
}

function errorText(error: string | McpToolCallError): string {
  if (typeof error === "string") return error;
  if (error.type === "mcp_tool_execution_error")
    return `Tool execution error: ${JSON.stringify(error.content)}`;
  return `${error.type} ${error.code}: ${error.message}`;
}

/** A tool result as pretty JSON when it is JSON, else as the text it is. */
function ToolOutput({ text, label }: { text: string; label: string }) {
  const parsed = parseLiveJson(text);
  return (
    <TextBlock
      label={label}
      text={
        parsed.state === "complete"
          ? JSON.stringify(parsed.value, null, 2)
          : text
      }
    />
  );
}

/** An MCP tool call: its arguments as they stream in, then its output or error. */
export function McpCallView({
  item,
  done,
}: {
  item: ItemOf<"mcp_call">;
  done: boolean;
}) {
  // Servers send `error` as a string, although the SDK types it as an object.
  const error: unknown = item.error;
  return (
    <div className="flex flex-col gap-1.5">
      <LiveJson text={item.arguments} done={done} subject="arguments" />
      {item.approval_request_id ? (
        <Field label="Approved by request">
          <span className="font-mono">{item.approval_request_id}</span>
        </Field>
      ) : null}
      {typeof item.output === "string" && item.output !== "" ? (
        <ToolOutput label="MCP output" text={item.output} />
      ) : null}
      {typeof error === "string" || (error && typeof error === "object") ? (
        <TextBlock
          tone="error"
          label="MCP error"
          text={errorText(error as string | McpToolCallError)}
        />
      ) : null}
    </div>
  );
}

function ApprovalActions({ requestId }: { requestId: string }) {
  const status = useRunStore((state) =>
    approvalStatus(state.turns, state, requestId, state.origin),
  );
  const busy = useRunStore((state) => state.turns.some(isTurnActive));
  if (status === null) return null;
  if (status !== "pending") {
    return (
      <p
        role="status"
        className={
          status === "approved"
            ? "text-xs text-emerald-300"
            : "text-xs text-rose-300"
        }
      >
        {status === "approved" ? "Approved" : "Denied"}
      </p>
    );
  }
  return (
    <div className="flex items-center gap-2">
      <Button
        variant="primary"
        size="sm"
        disabled={busy}
        onClick={() => decideApproval(requestId, true)}
      >
        <Check /> Approve
      </Button>
      <Button
        variant="danger"
        size="sm"
        disabled={busy}
        onClick={() => decideApproval(requestId, false)}
      >
        <X /> Deny
      </Button>
      <span className="text-xs text-zinc-500">
        The response continues with an mcp_approval_response.
      </span>
    </div>
  );
}

/** A request to run an MCP tool, with Approve and Deny when it is the thread's open question. */
export function McpApprovalRequestView({
  item,
}: {
  item: ItemOf<"mcp_approval_request">;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <p className="text-xs text-zinc-300">
        Run <span className="font-mono text-violet-300">{item.name}</span> on{" "}
        <span className="font-mono">{item.server_label}</span>?
      </p>
      <LiveJson text={item.arguments} done subject="arguments" />
      <ApprovalActions requestId={item.id} />
    </div>
  );
}

/** The answer to an approval request (as an input or conversation item). */
export function McpApprovalResponseView({
  item,
}: {
  item: ItemOf<"mcp_approval_response">;
}) {
  return (
    <div className="flex flex-col gap-1 text-xs">
      <p className={item.approve ? "text-emerald-300" : "text-rose-300"}>
        {item.approve ? "Approved" : "Denied"}{" "}
        <span className="font-mono text-zinc-400">
          {item.approval_request_id}
        </span>
      </p>
      {item.reason ? <Field label="Reason">{item.reason}</Field> : null}
    </div>
  );
}
