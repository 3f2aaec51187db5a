import type { EngineStore, StoredEvent } from "../store/engine-store";
import type {
  EngineResponse,
  EngineResponseError,
  EngineUsage,
  JsonObject,
  StoredItem,
} from "../types";

/** One serialized event, or the end of the run's stream. */
export type RunFrame = StoredEvent | { end: true };

export interface RunOptions {
  store: EngineStore;
  /** Stored responses are written at every status change. */
  persistResponse: boolean;
  /** Background runs keep every event so a client can re-attach from any sequence number. */
  persistEvents: boolean;
}

/** Items still being generated when a response stops are stored as incomplete, as the API stores them. */
function markUnfinishedItems(response: EngineResponse): void {
  for (const item of response.output)
    if (item.status === "in_progress") item.status = "incomplete";
}

/** Marks a response failed with its error (a run's, or one a restart left unfinished). */
export function failResponse(
  response: EngineResponse,
  error: EngineResponseError,
): void {
  response.status = "failed";
  response.error = error;
  markUnfinishedItems(response);
}

/** An event's JSON text with `sequence_number` as its last key, byte for byte as `{ ...event, sequence_number }` serializes. */
export function withSequence(json: string, sequence: number): string {
  return `${json.slice(0, -1)}${sequenceTail(sequence)}`;
}

/** The end of an event's JSON text: its `sequence_number`, the last key. */
export function sequenceTail(sequence: number): string {
  return `,"sequence_number":${sequence}}`;
}

/** A response being generated: its live snapshot, its numbered events, and who is listening. */
export class ResponseRun {
  private sequence = 0;
  private readonly subscribers = new Set<(frame: RunFrame) => void>();
  // Made on first use: most runs are never aborted, and an AbortController is costly to create in Node 20.
  private controller: AbortController | null = null;
  private ended = false;
  /** The response's JSON once it is final: its terminal event, its stored row and a non-streamed answer share it. */
  private finalJson: string | null = null;

  constructor(
    readonly response: EngineResponse,
    private readonly options: RunOptions,
  ) {}

  get signal(): AbortSignal {
    this.controller ??= new AbortController();
    return this.controller.signal;
  }

  get aborted(): boolean {
    return this.controller?.signal.aborted ?? false;
  }

  get lastSequence(): number {
    return this.sequence - 1;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /**
   * Numbers, serializes (once, at once: callers may pass live objects they change later) and fans out an
   * event; background events are also stored. Events no one can read (no listener, not stored) are only numbered.
   */
  emit(event: JsonObject & { type: string }): void {
    this.emitLazily(event.type, (sequence) =>
      withSequence(JSON.stringify(event), sequence),
    );
  }

  /**
   * `emit` for an event whose whole JSON text, `sequence_number` last, `json` makes only when someone can read it:
   * a non-streamed response needs only the text of its many deltas.
   */
  emitLazily(type: string, json: (sequence: number) => string): void {
    if (this.ended) return;
    const sequence = this.sequence++;
    if (this.eventsUnread) return;
    const frame = { sequence, type, json: json(sequence) };
    if (this.options.persistEvents && this.options.store.isOpen)
      this.options.store.appendEvent(this.response.id, frame);
    for (const subscriber of this.subscribers) subscriber(frame);
  }

  /** Emits a lifecycle event carrying the whole response as it is now, as `responseJson` serializes it. */
  private emitLifecycle(
    type: string,
    responseJson: () => string = () => JSON.stringify(this.response),
  ): void {
    this.emitLazily(
      type,
      (sequence) =>
        `{"type":${JSON.stringify(type)},"response":${responseJson()}${sequenceTail(sequence)}`,
    );
  }

  /** Announces the response created, starts it, and announces it in progress: one serialization serves both unless starting changed it. */
  begin(): void {
    let json: string | null = null;
    const responseJson = () => (json ??= JSON.stringify(this.response));
    this.emitLifecycle("response.created", responseJson);
    if (this.response.status !== "in_progress") {
      this.start();
      json = null;
    }
    this.emitLifecycle("response.in_progress", responseJson);
  }

  /** Emits the event that ends the run, carrying the response in its final state. */
  private emitFinal(type: string): void {
    this.finalJson = null;
    this.emitLifecycle(type, () => this.json());
  }

  /** The response as JSON text, serialized once after it reached its final state (for a run that ended). */
  json(): string {
    return (this.finalJson ??= JSON.stringify(this.response));
  }

  /** The response's output items, live: emitters append and update them in place. */
  get output(): StoredItem[] {
    return this.response.output;
  }

  /** Moves a queued (background) response to in_progress, stored at once; any other already is. */
  private start(): void {
    if (this.response.status === "in_progress") return;
    this.response.status = "in_progress";
    this.save();
  }

  /** Ends generation with every item finished and announces `response.completed`. */
  complete(usage: EngineUsage): void {
    this.settle(usage);
    this.response.status = "completed";
    this.response.completed_at = Math.floor(Date.now() / 1000);
    this.emitFinal("response.completed");
  }

  /** Ends generation early for a documented reason and announces `response.incomplete`. */
  incomplete(
    reason: "max_output_tokens" | "content_filter",
    usage: EngineUsage,
  ): void {
    this.settle(usage);
    this.response.status = "incomplete";
    this.response.incomplete_details = { reason };
    this.emitFinal("response.incomplete");
  }

  /** Ends generation as failed and announces `response.failed`; `usage` is what was generated, when known. */
  fail(error: EngineResponseError, usage?: EngineUsage): void {
    if (usage) this.settle(usage);
    failResponse(this.response, error);
    this.emitFinal("response.failed");
  }

  /** Breaks the stream off with an `error` event (some servers nest the fields, so both forms are sent); the response is failed. */
  failMidStream(error: EngineResponseError, usage: EngineUsage): void {
    this.finalJson = null;
    failResponse(this.response, error);
    this.emit({
      type: "error",
      code: error.code,
      message: error.message,
      param: null,
      error: { type: "server_error", ...error, param: null },
    });
    this.response.usage = usage;
  }

  /** Stops generation because it was cancelled or its client left; what streamed so far is kept. */
  cancel(usage: EngineUsage): void {
    this.finalJson = null;
    this.response.status = "cancelled";
    this.response.usage = usage;
    markUnfinishedItems(this.response);
  }

  /** A finished run reports its usage and the tier that served it ("auto" resolves to "default"). */
  private settle(usage: EngineUsage): void {
    this.response.usage = usage;
    if (this.response.service_tier === "auto")
      this.response.service_tier = "default";
  }

  /** Whether no one reads this run's events: a stream subscribes before the run starts, and only background runs keep them. */
  get eventsUnread(): boolean {
    return this.subscribers.size === 0 && !this.options.persistEvents;
  }

  subscribe(listener: (frame: RunFrame) => void): () => void {
    if (this.ended) {
      listener({ end: true });
      return () => undefined;
    }
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  }

  /** Writes the response to storage when it is stored. */
  private save(json?: string): void {
    if (this.options.persistResponse && this.options.store.isOpen)
      this.options.store.updateResponse(this.response, json);
  }

  /** Stops generation; the runner notices through `aborted` (or `signal`, while it sleeps). */
  abort(): void {
    this.controller ??= new AbortController();
    this.controller.abort();
  }

  /** Saves the final state and closes every listener's stream. */
  end(): void {
    if (this.ended) return;
    if (this.options.persistResponse) this.save(this.json());
    this.ended = true;
    for (const subscriber of this.subscribers) subscriber({ end: true });
    this.subscribers.clear();
  }
}
