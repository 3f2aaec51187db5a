import { toRunEvent, type RunEvent } from "../run-event";

/** A fetch-like body that delivers exactly these byte chunks. */
export function byteStream(
  chunks: readonly Uint8Array[],
): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next];
      next += 1;
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

/** Splits a text's UTF-8 bytes at the given byte offsets (so a character can be cut in two). */
export function splitBytes(
  text: string,
  offsets: readonly number[],
): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const cuts = [0, ...offsets, bytes.length];
  return cuts.slice(1).map((end, i) => bytes.slice(cuts[i], end));
}

/** Splits a text's UTF-8 bytes into chunks of `size` bytes. */
export function chunkBytes(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size)
    chunks.push(bytes.slice(i, i + size));
  return chunks;
}

type EventData = Record<string, unknown> & { type: string };

/** Log entries for hand-written event data; sequence numbers are added in order unless given. */
export function eventsOf(data: readonly EventData[]): RunEvent[] {
  return data.map((entry, index) =>
    toRunEvent(
      {
        event: entry.type,
        data: JSON.stringify({ sequence_number: index, ...entry }),
      },
      index,
      index,
    ),
  );
}

/** A minimal Response object for lifecycle events. */
export function responseOf(
  status: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: "resp_1",
    object: "response",
    created_at: 1,
    status,
    error: null,
    incomplete_details: null,
    output: [],
    usage: null,
    ...extra,
  };
}

export const created = (): EventData => ({
  type: "response.created",
  response: responseOf("in_progress"),
});
export const inProgress = (): EventData => ({
  type: "response.in_progress",
  response: responseOf("in_progress"),
});

/** A terminal lifecycle event carrying the given output and usage. */
export function finished(
  type: string,
  status: string,
  output: unknown[],
  extra: Record<string, unknown> = {},
): EventData {
  return { type, response: responseOf(status, { output, ...extra }) };
}

/** An in-progress assistant message with no parts yet, the item most hand-written streams add first. */
export const msg = {
  id: "msg_1",
  type: "message",
  role: "assistant",
  status: "in_progress",
  content: [],
};

/** Where `msg`'s first content part sits, spread into its part and text events. */
export const at = { item_id: "msg_1", output_index: 0, content_index: 0 };

/** An empty output_text part, as `response.content_part.added` carries it. */
export const textPart = { type: "output_text", text: "", annotations: [] };

/** An output_text delta on `msg`'s first part; `extra` overrides any field. */
export const delta = (text: string, extra: Record<string, unknown> = {}) => ({
  type: "response.output_text.delta",
  ...at,
  delta: text,
  logprobs: [],
  ...extra,
});
