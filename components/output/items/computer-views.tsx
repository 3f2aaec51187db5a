"use client";

import type { ComputerAction } from "openai/resources/responses/responses";
import type { ItemOf } from "./item-of";
import {
  CallLine,
  Field,
  Note,
  OutputImage,
  ProxyFileButton,
} from "./item-parts";

type Action = NonNullable<ItemOf<"computer_call">["action"]> | ComputerAction;

function withKeys(text: string, keys: readonly string[] | null | undefined) {
  return keys && keys.length > 0 ? `${text} holding ${keys.join("+")}` : text;
}

/** One computer action in words, e.g. "click left at (10, 20)". */
export function describeComputerAction(action: Action): string {
  switch (action.type) {
    case "click":
      return withKeys(
        `click ${action.button} at (${action.x}, ${action.y})`,
        action.keys,
      );
    case "double_click":
      return withKeys(
        `double-click at (${action.x}, ${action.y})`,
        action.keys,
      );
    case "drag":
      return withKeys(
        `drag along ${action.path.map((point) => `(${point.x}, ${point.y})`).join(" → ")}`,
        action.keys,
      );
    case "keypress":
      return `press ${action.keys.join("+")}`;
    case "move":
      return withKeys(`move to (${action.x}, ${action.y})`, action.keys);
    case "scroll":
      return withKeys(
        `scroll by (${action.scroll_x}, ${action.scroll_y}) at (${action.x}, ${action.y})`,
        action.keys,
      );
    case "type":
      return `type “${action.text}”`;
    case "screenshot":
      return "take a screenshot";
    case "wait":
      return "wait";
    default:
      return JSON.stringify(action);
  }
}

/** A computer use call: the action (or actions) to perform and any safety checks awaiting acknowledgement. */
export function ComputerCallView({ item }: { item: ItemOf<"computer_call"> }) {
  const actions: Action[] = [
    ...(item.action ? [item.action] : []),
    ...(item.actions ?? []),
  ];
  return (
    <div className="flex flex-col gap-1.5">
      <CallLine callId={item.call_id} />
      {actions.length > 0 ? (
        <ol
          aria-label="Actions"
          className="flex flex-col gap-0.5 text-sm text-zinc-200"
        >
          {actions.map((action, index) => (
            <li key={index} className="font-mono text-xs">
              {describeComputerAction(action)}
            </li>
          ))}
        </ol>
      ) : (
        <Note>No action yet.</Note>
      )}
      {item.pending_safety_checks.length > 0 ? (
        <section
          aria-label="Pending safety checks"
          className="flex flex-col gap-1 rounded-md border border-amber-500/30 bg-amber-500/5 px-2 py-1.5 text-xs text-amber-200"
        >
          <span className="font-medium">
            Pending safety checks (acknowledge them in the computer_call_output)
          </span>
          <ul className="flex flex-col gap-0.5">
            {item.pending_safety_checks.map((check) => (
              <li key={check.id}>
                <span className="font-mono text-amber-300">
                  {check.code ?? check.id}
                </span>
                {check.message ? `: ${check.message}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** A computer call's output: the screenshot taken after the action. */
export function ComputerOutputView({
  item,
}: {
  item: ItemOf<"computer_call_output">;
}) {
  const { output } = item;
  const acknowledged = item.acknowledged_safety_checks ?? [];
  return (
    <div className="flex flex-col gap-1.5">
      <CallLine callId={item.call_id} />
      {output.image_url ? (
        <OutputImage
          src={output.image_url}
          alt="Screenshot"
          filename={`${item.id || "screenshot"}.png`}
        />
      ) : output.file_id ? (
        <Field label="Screenshot">
          <ProxyFileButton
            path={`files/${output.file_id}/content`}
            filename={`${output.file_id}.png`}
            label={output.file_id}
          />
        </Field>
      ) : (
        <Note>No screenshot.</Note>
      )}
      {acknowledged.length > 0 ? (
        <Field label="Acknowledged safety checks">
          {acknowledged.map((check) => check.code ?? check.id).join(", ")}
        </Field>
      ) : null}
    </div>
  );
}
