import type {
  TextSink,
  TextSource,
  TextStreamControls,
} from "@/lib/api/text-source";
import type { RunFrame, ResponseRun } from "../run/response-run";
import type { StoredEvent } from "../store/engine-store";

const done = "data: [DONE]\n\n";

function frameText(type: string, json: string): string {
  return `event: ${type}\ndata: ${json}\n\n`;
}

export interface SseOptions {
  /** Stored events to send first (a re-attaching client), already serialized. */
  replay?: readonly StoredEvent[];
  /** Only live events after this sequence number are sent (the replay covers the rest). */
  after?: number;
  /** Called when the client goes away before the run ends. */
  onDisconnect?: () => void;
}

/**
 * A run's events as SSE text: `event:` equal to `type`, one-line JSON, a final `data: [DONE]`. It listens
 * from its creation, so no event of a run that finishes before the reader opens it is lost; frames of one
 * event-loop turn go out in one write (a run at full speed is one write, a paced one a write per tick), and
 * while the reader is behind they wait and go out together when it resumes.
 */
export class SseSource implements TextSource {
  private pending = "";
  private sink: TextSink | null = null;
  private blocked = false;
  private flushTimer: NodeJS.Immediate | null = null;
  private finished = false;
  private readonly unsubscribe: () => void = () => undefined;

  constructor(
    run: ResponseRun | null,
    private readonly options: SseOptions = {},
  ) {
    for (const event of options.replay ?? [])
      this.pending += frameText(event.type, event.json);
    const after = options.after ?? -1;
    const onFrame = (frame: RunFrame) => {
      if ("end" in frame) this.end();
      else if (frame.sequence > after)
        this.push(frameText(frame.type, frame.json));
    };
    if (run) this.unsubscribe = run.subscribe(onFrame);
    else onFrame({ end: true });
  }

  open(sink: TextSink): TextStreamControls {
    this.sink = sink;
    if (this.finished) this.end();
    else this.schedule();
    return {
      resume: () => {
        this.blocked = false;
        this.schedule();
      },
      cancel: () => this.cancel(),
    };
  }

  private push(text: string): void {
    this.pending += text;
    this.schedule();
  }

  private schedule(): void {
    if (this.sink && !this.blocked && this.pending)
      this.flushTimer ??= setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushTimer = null;
    if (!this.sink || this.blocked || !this.pending) return;
    const text = this.pending;
    this.pending = "";
    this.blocked = !this.sink.write(text);
  }

  /** The run ended: the rest goes out at once, with the final `[DONE]`, once there is a reader. */
  private end(): void {
    this.finished = true;
    if (!this.sink) return;
    this.stopTimer();
    const text = this.pending + done;
    this.pending = "";
    const sink = this.sink;
    this.sink = null;
    sink.end(text);
  }

  /** The reader left before the end: stop listening and tell the run. */
  private cancel(): void {
    if (this.finished) return;
    this.finished = true;
    this.stopTimer();
    this.pending = "";
    this.sink = null;
    this.unsubscribe();
    this.options.onDisconnect?.();
  }

  private stopTimer(): void {
    if (this.flushTimer) clearImmediate(this.flushTimer);
    this.flushTimer = null;
  }
}
