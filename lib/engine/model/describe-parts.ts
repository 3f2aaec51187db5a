import type {
  ResponseInputItem,
  Tool,
} from "openai/resources/responses/responses";
import { mediaKey } from "../media/inspect-input";
import {
  isMessageItem,
  isRecord,
  messageParts,
  stringField,
} from "./input-items";

/** Formats a byte count the way people read file sizes (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The decoded size of base64 text, computed from its length so nothing is decoded. */
export function base64Bytes(base64: string): number {
  const clean = base64.replace(/\s/g, "");
  const padding = clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}

const QUOTE_CHARS = 40;

/** Shortens long values (URLs, JSON) so one part never dominates the description. */
export function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Describes a data URL by media type and decoded size, or a plain URL by itself. */
function describeUrl(url: string): string {
  const match = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/s.exec(url);
  if (match === null) return `URL ${clip(url)}`;
  const [, mediaType = "", flags = "", data = ""] = match;
  const size = flags.includes(";base64") ? base64Bytes(data) : data.length;
  return `data URL${mediaType === "" ? "" : ` ${mediaType}`}, ${formatBytes(size)}`;
}

function describeImage(part: Record<string, unknown>, note?: string): string {
  const url = stringField(part, "image_url");
  const fileId = stringField(part, "file_id");
  const source =
    url !== undefined
      ? describeUrl(url)
      : fileId !== undefined
        ? `file ${fileId}`
        : "no source";
  return `input_image (${note === undefined ? "" : `${note}; `}${source})`;
}

function describeFile(part: Record<string, unknown>, note?: string): string {
  const name = stringField(part, "filename");
  const data = stringField(part, "file_data");
  const fileId = stringField(part, "file_id");
  const url = stringField(part, "file_url");
  const size =
    data === undefined
      ? undefined
      : data.startsWith("data:")
        ? describeUrl(data)
        : `${formatBytes(base64Bytes(data))} of base64 data`;
  const source =
    size ??
    (fileId !== undefined
      ? `file ${fileId}`
      : url !== undefined
        ? `URL ${clip(url)}`
        : "no source");
  return `input_file ${name === undefined ? "" : `${name} `}(${source})${note === undefined ? "" : `: ${note}`}`;
}

function describeAudio(part: Record<string, unknown>, note?: string): string {
  const audio = isRecord(part.input_audio) ? part.input_audio : {};
  const format = stringField(audio, "format") ?? "unknown format";
  const size = formatBytes(base64Bytes(stringField(audio, "data") ?? ""));
  return `input_audio ${format} (${note === undefined ? "" : `${note}; `}${size})`;
}

/** Describes one content part by type and size (and what the engine read from it), because sizes are what a playground user checks. */
function describePart(part: Record<string, unknown>, note?: string): string {
  const type = stringField(part, "type") ?? "unknown";
  if (type === "input_image") return describeImage(part, note);
  if (type === "input_file") return describeFile(part, note);
  if (type === "input_audio") return describeAudio(part, note);
  const text = stringField(part, "text") ?? stringField(part, "refusal");
  return text === undefined ? type : `${type} ${describeText(text)}`;
}

/** A text's size and its opening words, so a reply shows which earlier turns the model saw. */
function describeText(text: string): string {
  const quote = clip(text.replace(/\s+/g, " ").trim(), QUOTE_CHARS);
  return `${text.length} chars${quote === "" ? "" : ` "${quote}"`}`;
}

function describeMessage(
  item: ResponseInputItem,
  notes: ReadonlyMap<string, string>,
): string {
  if (!isMessageItem(item)) return "message";
  if (typeof item.content === "string")
    return `message (${item.role}): text ${describeText(item.content)}`;
  const id = stringField(item, "id") ?? "";
  const parts = messageParts(item).map((part, index) =>
    describePart(part, notes.get(mediaKey(id, index))),
  );
  return `message (${item.role}): ${parts.length === 0 ? "no content" : parts.join(", ")}`;
}

/** Describes one input item in a short phrase: type, role or name, sizes, and what was read from its media. */
export function describeItem(
  item: ResponseInputItem,
  notes: ReadonlyMap<string, string> = new Map(),
): string {
  if (isMessageItem(item)) return describeMessage(item, notes);
  if (item.type === "function_call") {
    return `function_call ${item.name} (${item.call_id}), arguments ${item.arguments.length} chars`;
  }
  if (item.type === "function_call_output") {
    const size =
      typeof item.output === "string"
        ? `${item.output.length} chars`
        : `${item.output.length} parts`;
    return `function_call_output (${item.call_id ?? "no call_id"}), output ${size}`;
  }
  if (item.type === "reasoning")
    return `reasoning, ${item.summary.length} summary parts`;
  if (item.type === "item_reference") return `item_reference ${item.id}`;
  const name = stringField(item, "name");
  return name === undefined
    ? String(item.type)
    : `${String(item.type)} ${name}`;
}

/** Names a tool by its name or server label, with its type, since hosted tools have no name. */
export function describeTool(tool: Tool): string {
  const label = stringField(tool, "name") ?? stringField(tool, "server_label");
  return label === undefined ? tool.type : `${label} (${tool.type})`;
}
