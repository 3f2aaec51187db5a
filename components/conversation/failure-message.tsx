import { AlertTriangle } from "lucide-react";
import { UpstreamRequestError } from "@/lib/api/api-client";

/** Says in words why a conversation could not be shown: unknown id, unreachable upstream, or the upstream's error. */
export function conversationFailure(
  error: Error,
  id: string,
  upstream: string,
): { title: string; detail: string } {
  if (!(error instanceof UpstreamRequestError))
    return { title: "Something went wrong", detail: error.message };
  const { status } = error;
  if (status === 404)
    return {
      title: "Conversation not found",
      detail: `The upstream "${upstream}" has no conversation with id ${id}: it may have been deleted, or it lives on another upstream. ${error.message}`,
    };
  if (status === null || status === 502 || status === 504)
    return {
      title: "The upstream could not be reached",
      detail: `"${upstream}" did not answer: ${error.message}`,
    };
  return {
    title: `The upstream answered HTTP ${status}`,
    detail: error.message,
  };
}

export function FailureMessage({
  title,
  detail,
}: {
  title: string;
  detail: string;
}) {
  return (
    <div
      role="alert"
      className="flex gap-2 rounded-md border border-rose-500/40 bg-rose-500/10 px-3 py-2 text-sm text-rose-200"
    >
      <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div>
        <p className="font-medium">{title}</p>
        <p className="text-[13px] opacity-90">{detail}</p>
      </div>
    </div>
  );
}
