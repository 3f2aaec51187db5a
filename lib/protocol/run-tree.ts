import type {
  Response as ApiResponse,
  ResponseOutputItem,
  ResponseUsage,
} from "openai/resources/responses/responses";

/** What a run is doing: the Response status, "idle" before any event, "errored" after an `error` event. */
export type RunStatus = "idle" | ApiResponse["status"] | "errored";

/** How a run ended: a terminal lifecycle event, a cancelled status, or an `error` event. */
export type TerminalKind =
  "completed" | "incomplete" | "failed" | "cancelled" | "error";

export type ViolationCode =
  | "invalid_json"
  | "invalid_event"
  | "event_name_mismatch"
  | "missing_sequence_number"
  | "sequence_gap"
  | "sequence_not_increasing"
  | "first_event_not_created"
  | "response_id_changed"
  | "event_after_terminal"
  | "output_index_mismatch"
  | "duplicate_item_id"
  | "missing_item"
  | "item_id_mismatch"
  | "wrong_item_type"
  | "missing_content_part"
  | "wrong_part_type"
  | "content_index_mismatch"
  | "item_done_changed"
  | "done_mismatch"
  | "item_not_done"
  | "item_not_streamed"
  | "terminal_output_mismatch"
  | "terminal_item_changed"
  | "reducer_error";

/** One broken protocol rule, where it happened, and what it means in words. */
export interface Violation {
  code: ViolationCode;
  message: string;
  eventIndex: number;
  sequenceNumber: number | null;
  eventType: string;
}

/** A pointer to an event the reducer does not know (kept in the log, shown in the tree). */
export interface UnknownEventRef {
  eventIndex: number;
  type: string;
  sequenceNumber: number | null;
  itemId: string | null;
  outputIndex: number | null;
}

/** A preview frame of an image generation call (`image_generation_call.partial_image`). */
export interface PartialImage {
  partialImageIndex: number;
  b64: string;
  outputFormat: string | null;
  eventIndex: number;
}

/** Where a node came from: the stream, a placeholder for events that named a missing item, or a terminal snapshot. */
export type NodeOrigin = "stream" | "placeholder" | "snapshot";

/** One output item as accumulated so far, plus what the stream said about it beyond the item JSON. */
export interface OutputNode {
  /** The item in the API's own shape (a future server may send a type the SDK does not list yet). */
  item: ResponseOutputItem;
  /** Whether `response.output_item.done` arrived for it. */
  done: boolean;
  /** The latest hosted-tool phase ("in_progress", "searching", "interpreting", "generating", "compacting", "completed", "failed"). */
  phase: string | null;
  partialImages: readonly PartialImage[];
  /** Unknown events that named this item. */
  unknownEvents: readonly UnknownEventRef[];
  origin: NodeOrigin;
  firstEventIndex: number;
  lastEventIndex: number;
}

/** An error the run reported: an `error` event (flat or nested) or the `error` of a failed Response. */
export interface RunError {
  source: "error_event" | "response";
  code: string | null;
  message: string;
  param: string | null;
  type: string | null;
  eventIndex: number;
}

/** Response-level audio (`response.audio.*`); chunks stay separate because each is its own base64 string. */
export interface AudioState {
  chunks: readonly string[];
  done: boolean;
  transcript: string;
  transcriptDone: boolean;
}

/** The output tree of one run, derived from its event log by `reduceEvent`; never mutated in place. */
export interface RunTree {
  /** The latest Response a lifecycle event carried (its `output` is not what the tree shows). */
  response: ApiResponse | null;
  responseId: string | null;
  status: RunStatus;
  terminal: TerminalKind | null;
  /** Output items by output_index. */
  output: readonly OutputNode[];
  /** Item id → position in `output`. */
  itemPositions: ReadonlyMap<string, number>;
  error: RunError | null;
  incompleteDetails: ApiResponse.IncompleteDetails | null;
  usage: ResponseUsage | null;
  audio: AudioState | null;
  violations: readonly Violation[];
  unknownEvents: readonly UnknownEventRef[];
  /** The highest sequence_number seen. */
  lastSequence: number | null;
  eventCount: number;
  /** The type of the first event that was not a keep-alive. */
  firstEventType: string | null;
}

export function initialRunTree(): RunTree {
  return {
    response: null,
    responseId: null,
    status: "idle",
    terminal: null,
    output: [],
    itemPositions: new Map(),
    error: null,
    incompleteDetails: null,
    usage: null,
    audio: null,
    violations: [],
    unknownEvents: [],
    lastSequence: null,
    eventCount: 0,
    firstEventType: null,
  };
}
