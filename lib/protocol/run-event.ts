import type {
  Response as ApiResponse,
  ResponseOutputItem,
} from "openai/resources/responses/responses";
import { isRecord, readIndex, readString } from "./json";
import type { SseMessage } from "./parse-sse";

/** One entry of a run's append-only event log: the source of truth the tree is derived from. */
export interface RunEvent {
  /** Receive order, from 0. */
  index: number;
  /** Milliseconds since the request started. */
  receivedAt: number;
  /** The SSE `event:` field, or null. */
  eventName: string | null;
  /** The data line(s) exactly as received. */
  raw: string;
  /** The parsed JSON, or null when `parsed` is false. */
  data: unknown;
  /** Whether `raw` was valid JSON. */
  parsed: boolean;
  /** `data.type`, else the `event:` name, else "unknown". */
  type: string;
  /** `data.sequence_number` when it is a non-negative integer. */
  sequenceNumber: number | null;
  /** True for events made up from a non-streamed Response (see `runEventsFromResponse`). */
  synthetic: boolean;
}

function parseJson(raw: string): { parsed: boolean; data: unknown } {
  try {
    return { parsed: true, data: JSON.parse(raw) as unknown };
  } catch {
    return { parsed: false, data: null };
  }
}

/** Turns one SSE message into a log entry; never throws, whatever the server sent. */
export function toRunEvent(
  sse: Pick<SseMessage, "event" | "data">,
  index: number,
  receivedAt: number,
): RunEvent {
  const { parsed, data } = parseJson(sse.data);
  const record = isRecord(data) ? data : null;
  return {
    index,
    receivedAt,
    eventName: sse.event,
    raw: sse.data,
    data,
    parsed,
    type: (record && readString(record, "type")) ?? sse.event ?? "unknown",
    sequenceNumber: record ? readIndex(record, "sequence_number") : null,
    synthetic: false,
  };
}

function syntheticEvent(
  index: number,
  data: Record<string, unknown>,
): RunEvent {
  const event = toRunEvent(
    { event: null, data: JSON.stringify(data) },
    index,
    0,
  );
  return { ...event, data, synthetic: true };
}

/** The lifecycle event a response in this status would have ended (or paused) its stream with. */
function lifecycleType(status: unknown): string {
  switch (status) {
    case "queued":
      return "response.queued";
    case "completed":
      return "response.completed";
    case "incomplete":
      return "response.incomplete";
    case "failed":
      return "response.failed";
    default:
      // In-progress and cancelled responses have no closing event of their own; the status says it.
      return "response.in_progress";
  }
}

function isFinished(
  item: ResponseOutputItem,
  responseFinished: boolean,
): boolean {
  return (
    responseFinished || !("status" in item) || item.status !== "in_progress"
  );
}

/**
 * Makes the event log a stream would have produced for a non-streamed Response (a plain or a
 * background request, or a stored response), so every mode renders through the same reducer.
 */
export function runEventsFromResponse(response: ApiResponse): RunEvent[] {
  const finished =
    response.status !== "in_progress" && response.status !== "queued";
  const data: Array<Record<string, unknown>> = [
    {
      type: "response.created",
      response: {
        ...response,
        status: response.status === "queued" ? "queued" : "in_progress",
        output: [],
        usage: null,
      },
    },
  ];
  response.output.forEach((item, outputIndex) => {
    data.push({
      type: "response.output_item.added",
      output_index: outputIndex,
      item,
    });
    if (isFinished(item, finished)) {
      data.push({
        type: "response.output_item.done",
        output_index: outputIndex,
        item,
      });
    }
  });
  data.push({ type: lifecycleType(response.status), response });
  return data.map((entry, index) =>
    syntheticEvent(index, { ...entry, sequence_number: index }),
  );
}
