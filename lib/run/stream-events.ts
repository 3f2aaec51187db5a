import {
  initialRunTree,
  readSse,
  reduceEvents,
  toRunEvent,
  type RunEvent,
} from "@/lib/protocol";
import { useRunStore } from "@/lib/stores/run-store";
import { createFrameBatcher } from "./frame-batcher";
import { unseenEvents } from "./job-events";
import { createYielder } from "./yield-to-frame";

const deltaTypes = /\.(delta|partial_image)$/;

export interface StreamTarget {
  turnId: string;
  /** `performance.now()` when the turn started: event times are measured from it. */
  startedAt: number;
  signal: AbortSignal;
  /**
   * For a re-attached background response: the last sequence number the log holds (null: none yet).
   * Events at or below it are dropped so the log keeps each number once; undefined keeps every event,
   * so a plain stream's repeats still show as protocol violations.
   */
  after?: number | null;
  /** Called with each batch once it is in the store. */
  onBatch?: () => void;
}

/**
 * Reads an SSE body into a turn's event log, one store update per animation frame; events are reduced
 * into the tree as they are read, in the reader's time slices, so a frame only publishes the result.
 */
export async function streamEvents(
  target: StreamTarget,
  body: ReadableStream<Uint8Array>,
): Promise<void> {
  const { actions } = useRunStore.getState();
  const turn = useRunStore.getState().turns.find((t) => t.id === target.turnId);
  let tree = turn?.tree ?? initialRunTree();
  // A slice's events are reduced together once it is parsed, so a run of text deltas folds into one update.
  let unreduced: RunEvent[] = [];
  const reduceSlice = () => {
    if (unreduced.length === 0) return;
    tree = reduceEvents(unreduced, tree);
    unreduced = [];
  };
  const yieldToFrame = createYielder();
  const batcher = createFrameBatcher<RunEvent>((events) => {
    reduceSlice();
    actions.appendEvents(target.turnId, events, tree);
    target.onBatch?.();
  });
  let index = turn?.events.length ?? 0;
  let last = target.after ?? null;
  let firstToken = turn?.timings.firstToken ?? null;
  actions.setPhase(target.turnId, "streaming");
  try {
    await readSse(body, {
      signal: target.signal,
      afterSlice: () => {
        reduceSlice();
        return yieldToFrame();
      },
      onEvent: (message) => {
        const event = toRunEvent(
          message,
          index,
          performance.now() - target.startedAt,
        );
        if (target.after !== undefined) {
          if (unseenEvents(last, [event]).length === 0) return;
          last = event.sequenceNumber ?? last;
        }
        index += 1;
        unreduced.push(event);
        batcher.push(event);
        if (firstToken === null && deltaTypes.test(event.type)) {
          firstToken = event.receivedAt;
          actions.setTimings(target.turnId, { firstToken });
          // The first token goes to the page at once rather than at the next frame: it is what people wait for.
          batcher.flush();
        }
      },
    });
  } finally {
    reduceSlice();
    batcher.flush();
  }
}
