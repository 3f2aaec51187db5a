import type { EngineStore, StoredEvent } from "../store/engine-store";
import type { EngineResponse, JsonObject } from "../types";

/** One serialized event, or the end of the run's stream. */
export type RunFrame = StoredEvent | { end: true };

export interface RunOptions {
  store: EngineStore;
  /** Stored responses are written at every status change. */
  persistResponse: boolean;
  /** Background runs keep every event so a client can re-attach from any sequence number. */
  persistEvents: boolean;
}

/** A response being generated: its live snapshot, its numbered events, and who is listening. */
export class ResponseRun {
  private sequence = 0;
  private readonly subscribers = new Set<(frame: RunFrame) => void>();
  private readonly controller = new AbortController();
  private ended = false;

  constructor(
    readonly response: EngineResponse,
    private readonly options: RunOptions,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
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
    if (this.ended) return;
    const sequence = this.sequence++;
    if (this.subscribers.size === 0 && !this.options.persistEvents) return;
    const frame = {
      sequence,
      type: event.type,
      json: JSON.stringify({ ...event, sequence_number: sequence }),
    };
    if (this.options.persistEvents && this.options.store.isOpen)
      this.options.store.appendEvent(this.response.id, frame);
    for (const subscriber of this.subscribers) subscriber(frame);
  }

  /** Emits a lifecycle event carrying the whole response as it is now. */
  emitLifecycle(type: string): void {
    this.emit({ type, response: this.response });
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
  save(): void {
    if (this.options.persistResponse && this.options.store.isOpen)
      this.options.store.updateResponse(this.response);
  }

  /** Stops generation; the runner notices through `signal`. */
  abort(): void {
    this.controller.abort();
  }

  /** Saves the final state and closes every listener's stream. */
  end(): void {
    if (this.ended) return;
    this.save();
    this.ended = true;
    for (const subscriber of this.subscribers) subscriber({ end: true });
    this.subscribers.clear();
  }
}
