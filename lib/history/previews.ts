import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { itemText, itemTitle, outputText } from "@/lib/protocol";
import { isRecord } from "@/lib/protocol/json";

/** The longest preview kept: enough to recognise an entry in a list row. */
const previewLength = 200;

/** Collapses whitespace and cuts to the preview length, with an ellipsis when cut. */
export function clipPreview(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= previewLength
    ? flat
    : `${flat.slice(0, previewLength - 1)}…`;
}

function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((part: unknown) => {
      if (!isRecord(part)) return "";
      if (typeof part.text === "string") return part.text;
      return typeof part.type === "string" ? `[${part.type}]` : "";
    })
    .join(" ");
}

function inputItemText(item: unknown): string {
  if (!isRecord(item)) return "";
  if ("content" in item) return contentText(item.content);
  if (typeof item.output === "string") return item.output;
  return typeof item.type === "string" ? `[${item.type}]` : "";
}

/** A plain-text preview of a request's input: a string, or the text of its input items. */
export function inputPreview(input: unknown): string {
  if (typeof input === "string") return clipPreview(input);
  if (!Array.isArray(input)) return "";
  return clipPreview(input.map(inputItemText).join(" "));
}

/** A plain-text preview of a response's output: its output_text, else the first item's text or title. */
export function outputPreview(output: ApiResponse["output"]): string {
  const text = outputText(output);
  if (text.trim() !== "") return clipPreview(text);
  const first = output[0];
  if (!first) return "";
  const main = itemText(first);
  return clipPreview(main.trim() !== "" ? main : itemTitle(first));
}
