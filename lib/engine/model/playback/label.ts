import type { ResponseOutputText } from "openai/resources/responses/responses";
import type { PlannedItem } from "../types";

/** Starts every played-back message, so nobody mistakes canned output for a real tool's work. */
export function playbackLabel(example: string): string {
  return `Playback example (${example}): canned output of the local engine's /playback directive; no tool ran.`;
}

type Annotation = ResponseOutputText["annotations"][number];

/** A span of message text and the citation it carries. */
export interface CitedSpan {
  text: string;
  cite: (span: { start: number; end: number }) => Annotation;
}

/** A labelled message made of plain text and cited spans, with each annotation's indices pointing at its span. */
export function citedMessage(
  example: string,
  parts: readonly (string | CitedSpan)[],
): PlannedItem {
  let text = `${playbackLabel(example)}\n\n`;
  const annotations: Annotation[] = [];
  for (const part of parts) {
    if (typeof part === "string") {
      text += part;
      continue;
    }
    const start = text.length;
    text += part.text;
    annotations.push(part.cite({ start, end: text.length }));
  }
  return { type: "message", text, annotations };
}
