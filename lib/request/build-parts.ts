import type {
  ResponseInputContent,
  ResponseInputItem,
  ResponseInputAudio,
} from "openai/resources/responses/responses";
import type { Built, DraftProblem } from "./build-json";
import {
  MAX_INLINE_BYTES,
  MAX_INLINE_TOTAL_BYTES,
  formatBytes,
  isInline,
  type DraftAttachment,
} from "./draft-attachments";
import type { Draft, DraftMessage } from "./draft";

export type { DraftProblem } from "./build-json";

type Part = ResponseInputContent | ResponseInputAudio;

/** The base64 payload of a data URL; input_audio wants the bytes without the `data:...;base64,` prefix. */
function base64Of(dataUrl: string): string {
  return dataUrl.slice(dataUrl.indexOf(",") + 1);
}

/** One attachment as its content part, or why it cannot be sent. */
export function attachmentPart(
  attachment: DraftAttachment,
): { part: Part } | { problem: string } {
  const { kind, source, name } = attachment;
  // Oversized files are kept without their bytes, so their size, not a lost restore, is the reason.
  if (source === "data" && attachment.size > MAX_INLINE_BYTES)
    return {
      problem: `${name} is ${formatBytes(attachment.size)}; files sent inline may be at most ${formatBytes(MAX_INLINE_BYTES)}`,
    };
  if (source === "data" && attachment.data === "")
    return {
      problem: `${name} was not kept when the draft was restored; attach it again`,
    };
  if (source === "url" && attachment.url.trim() === "")
    return { problem: `${name}: URL is required` };
  if (source === "file_id" && attachment.fileId.trim() === "")
    return { problem: `${name}: file id is required` };
  if (kind === "audio") {
    if (source !== "data")
      return { problem: `${name}: audio is sent inline only` };
    return {
      part: {
        type: "input_audio",
        input_audio: {
          data: base64Of(attachment.data),
          format: attachment.format,
        },
      },
    };
  }
  if (kind === "image")
    return {
      part: {
        type: "input_image",
        detail: attachment.detail,
        ...(source === "file_id"
          ? { file_id: attachment.fileId.trim() }
          : {
              image_url:
                source === "url" ? attachment.url.trim() : attachment.data,
            }),
      },
    };
  return {
    part: {
      type: "input_file",
      ...(source === "file_id"
        ? { file_id: attachment.fileId.trim() }
        : source === "url"
          ? { file_url: attachment.url.trim() }
          : { filename: name, file_data: attachment.data }),
    },
  };
}

function buildMessage(
  message: DraftMessage,
  field: string,
  problems: DraftProblem[],
): ResponseInputItem | null {
  const parts: Part[] = [];
  (message.attachments ?? []).forEach((attachment, index) => {
    const built = attachmentPart(attachment);
    if ("problem" in built)
      problems.push({
        field: `${field}.attachments[${index}]`,
        message: built.problem,
      });
    else parts.push(built.part);
  });
  if (parts.length > 0 && message.role === "assistant") {
    problems.push({
      field: `${field}.attachments`,
      message: "Assistant messages cannot carry attachments; left out",
    });
    parts.length = 0;
  }
  if (message.text.trim() === "" && parts.length === 0) {
    problems.push({ field, message: "Empty message left out" });
    return null;
  }
  // String content is accepted for all four roles, unlike input_text parts (not for assistant).
  if (parts.length === 0) return { role: message.role, content: message.text };
  const text: Part[] =
    message.text.trim() === ""
      ? []
      : [{ type: "input_text", text: message.text }];
  // input_audio is a content part the API accepts though the SDK's message content type omits it.
  return {
    role: message.role as "user" | "system" | "developer",
    content: [...text, ...parts] as ResponseInputContent[],
  };
}

/** The draft's messages as input items, with their attachments as content parts. */
export function buildMessages(
  messages: Draft["messages"],
): Built<ResponseInputItem[]> {
  const problems: DraftProblem[] = [];
  const value: ResponseInputItem[] = [];
  const inlineBytes = messages
    .flatMap((message) => message.attachments ?? [])
    .filter(isInline)
    .reduce((sum, attachment) => sum + attachment.size, 0);
  if (inlineBytes > MAX_INLINE_TOTAL_BYTES)
    return {
      value: [],
      problems: [
        {
          field: "attachments",
          message: `Attachments add up to ${formatBytes(inlineBytes)}; one request may carry at most ${formatBytes(MAX_INLINE_TOTAL_BYTES)} inline. Remove some, or send them by URL or file id`,
        },
      ],
    };
  messages.forEach((message, index) => {
    const item = buildMessage(message, `messages[${index}]`, problems);
    if (item !== null) value.push(item);
  });
  return { value, problems };
}

/** Earlier turns as the caller recorded them; only objects can be items, anything else is dropped. */
export function buildHistory(
  history: readonly unknown[],
): Built<ResponseInputItem[]> {
  const problems: DraftProblem[] = [];
  const value: ResponseInputItem[] = [];
  history.forEach((item, index) => {
    if (typeof item === "object" && item !== null && !Array.isArray(item)) {
      // Items are echoed back verbatim; the server, not the playground, judges their shape.
      value.push(item as ResponseInputItem);
    } else {
      problems.push({
        field: `history[${index}]`,
        message: "Not an input item, left out",
      });
    }
  });
  return { value, problems };
}
