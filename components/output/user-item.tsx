"use client";

import { SentMessageParts } from "./input-parts";
import { SentItem } from "./sent-item";
import { SentOutput } from "./sent-output";

/** An item the client sent, as the thread shows it: a message as a bubble, a call's answer, an approval, any other item as its fields. */
export function UserItem({ item }: { item: Record<string, unknown> }) {
  if (item.type === "mcp_approval_response") {
    return (
      <div className="max-w-[85%] rounded-lg border border-violet-500/30 bg-violet-500/5 px-3 py-2 font-mono text-xs wrap-anywhere text-zinc-200">
        <span className="mr-2 text-violet-300">mcp_approval_response</span>
        <span className="text-zinc-500">
          {String(item.approval_request_id)}
        </span>
        <span className="ml-2">
          {item.approve === true ? "approved" : "denied"}
        </span>
      </div>
    );
  }
  if (typeof item.type === "string" && item.type.endsWith("_call_output"))
    return <SentOutput item={item} />;
  if (typeof item.role !== "string") return <SentItem item={item} />;
  return (
    <div className="max-w-[85%] rounded-lg bg-zinc-800/70 px-3 py-2 text-sm wrap-anywhere whitespace-pre-wrap text-zinc-100">
      {item.role !== "user" ? (
        <span className="mr-2 font-mono text-[11px] text-zinc-500">
          {String(item.role)}
        </span>
      ) : null}
      <SentMessageParts content={item.content} />
    </div>
  );
}
