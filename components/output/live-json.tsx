"use client";

import { HighlightedCode } from "@/components/ui/highlighted-code";
import { parseLiveJson } from "@/lib/protocol";

/** JSON as it streams (a call's arguments, a JSON-mode message), pretty: the partial parser closes what is still open. */
export function LiveJson({
  text,
  done,
  subject,
}: {
  text: string;
  done: boolean;
  /** What the JSON is, in words: "arguments", "text". */
  subject: string;
}) {
  const live = parseLiveJson(text);
  const readable =
    live.state === "complete" || (live.state === "partial" && !done);
  const code =
    live.state === "empty"
      ? done
        ? `(no ${subject})`
        : "…"
      : readable
        ? JSON.stringify(live.value, null, 2)
        : text;
  return (
    <div className="flex flex-col gap-1">
      <HighlightedCode code={code} language="json" />
      {done && live.state !== "complete" && live.state !== "empty" ? (
        <p className="text-xs text-amber-400">
          Not valid JSON; shown as received.
        </p>
      ) : null}
    </div>
  );
}
