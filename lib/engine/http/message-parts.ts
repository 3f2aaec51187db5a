import { invalidRequest } from "../errors";
import { listValues } from "./request-errors";

const ASSISTANT_PARTS = ["output_text", "refusal"];
const INPUT_PARTS = ["input_text", "input_image", "input_file", "input_audio"];

/**
 * Refuses a message whose content parts belong to the other side, as the API does though its schema lets
 * them by: an assistant message says `output_text` or `refusal`, any other role's `input_*` parts.
 */
export function checkMessageParts(items: unknown, param: string): void {
  if (!Array.isArray(items)) return;
  items.forEach((item: Record<string, unknown>, i) => {
    if ((item.type ?? "message") !== "message" || !Array.isArray(item.content))
      return;
    const allowed = item.role === "assistant" ? ASSISTANT_PARTS : INPUT_PARTS;
    item.content.forEach((part: { type?: unknown }, j) => {
      if (typeof part.type === "string" && !allowed.includes(part.type))
        throw invalidRequest(
          `Invalid value: '${part.type}'. Supported values are: ${listValues(allowed)}.`,
          `${param}[${i}].content[${j}]`,
          "invalid_value",
        );
    });
  });
}
