"use client";

import { HighlightedCode } from "@/components/ui/highlighted-code";
import type { ItemOf } from "./item-of";
import { Field, Note, OutputImage, TextBlock } from "./item-parts";

/** A code interpreter call: the code as it streams in, then its logs and images. */
export function CodeInterpreterView({
  item,
  done,
}: {
  item: ItemOf<"code_interpreter_call">;
  done: boolean;
}) {
  const outputs = item.outputs;
  return (
    <div className="flex flex-col gap-1.5">
      {item.container_id ? (
        <Field label="Container">
          <span className="font-mono">{item.container_id}</span>
        </Field>
      ) : null}
      <section
        aria-label="Code"
        className="rounded-md border border-zinc-800 bg-zinc-950/60 px-2 py-1.5"
      >
        <HighlightedCode
          code={item.code ?? (done ? "(no code)" : "…")}
          language="python"
          className="max-h-96"
        />
      </section>
      {outputs?.map((output, index) =>
        output.type === "logs" ? (
          <TextBlock key={index} label="Logs" text={output.logs} />
        ) : (
          <OutputImage
            key={index}
            src={output.url}
            alt={`Image ${index + 1} from the code interpreter`}
          />
        ),
      )}
      {!outputs && done ? (
        <Note>
          Outputs not included (ask for them with include
          code_interpreter_call.outputs).
        </Note>
      ) : null}
    </div>
  );
}
