import { Allow, parse } from "partial-json";

/** The result of reading tool arguments that may still be streaming. */
export type LiveJson =
  | { state: "empty" }
  | { state: "complete"; value: unknown }
  | { state: "partial"; value: unknown }
  | { state: "invalid" };

/** Reads arguments as they stream (`{"city":"Par` → `{city:"Par"}`), so a tool call can render before it finishes. */
export function parseLiveJson(text: string): LiveJson {
  if (text.trim() === "") return { state: "empty" };
  try {
    return { state: "complete", value: JSON.parse(text) as unknown };
  } catch {
    // Not complete yet (or never valid): fall through to the partial parser.
  }
  try {
    return { state: "partial", value: parse(text, Allow.ALL) as unknown };
  } catch {
    return { state: "invalid" };
  }
}
