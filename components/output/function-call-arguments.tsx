"use client";

import { HighlightedCode } from "@/components/ui/highlighted-code";
import { parseLiveJson } from "@/lib/protocol";

/** Arguments as pretty JSON while they stream: the partial parser closes what is still open. */
export function FunctionCallArguments({
  text,
  done,
}: {
  text: string;
  done: boolean;
}) {
  const live = parseLiveJson(text);
  const readable =
    live.state === "complete" || (live.state === "partial" && !done);
  const code =
    live.state === "empty"
      ? done
        ? "(no arguments)"
        : "…"
      : readable
        ? JSON.stringify(live.value, null, 2)
        : text;
  return (
    <div className="flex flex-col gap-1">
      <HighlightedCode code={code} language="json" />
      {done && live.state !== "complete" && live.state !== "empty" ? (
        <p className="text-xs text-amber-400">
          The arguments are not valid JSON; shown as received.
        </p>
      ) : null}
    </div>
  );
}
