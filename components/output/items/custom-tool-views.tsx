"use client";

import type { ItemOf } from "./item-of";
import { CallLine, Note, TextBlock } from "./item-parts";

/** A custom tool call: its free-form input as it streams in (answered from the composer). */
export function CustomToolCallView({
  item,
  done,
}: {
  item: ItemOf<"custom_tool_call">;
  done: boolean;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <CallLine
        name={item.namespace ? `${item.namespace}.${item.name}` : item.name}
        callId={item.call_id}
      />
      {item.input !== "" ? (
        <TextBlock label="Input" text={item.input} />
      ) : (
        <Note>{done ? "(empty input)" : "…"}</Note>
      )}
    </div>
  );
}

type ToolOutputItem = ItemOf<
  "function_call_output" | "custom_tool_call_output"
>;

function outputText(output: ToolOutputItem["output"]): string {
  if (typeof output === "string") return output;
  return output
    .map((part) =>
      part.type === "input_text"
        ? part.text
        : part.type === "input_image"
          ? `[image ${part.image_url ?? part.file_id ?? ""}]`
          : `[file ${part.filename ?? part.file_id ?? ""}]`,
    )
    .join("\n");
}

/** The output a client gave a function or custom tool call. */
export function ToolOutputView({ item }: { item: ToolOutputItem }) {
  return (
    <div className="flex flex-col gap-1.5">
      {item.call_id ? <CallLine callId={item.call_id} /> : null}
      <TextBlock label="Output" text={outputText(item.output)} />
    </div>
  );
}
