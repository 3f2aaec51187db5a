import type {
  Response as ApiResponse,
  ResponseOutputItem,
} from "openai/resources/responses/responses";
import { create } from "zustand";
import {
  initialRunTree,
  reduceEvents,
  settleFromSnapshot,
  type RunEvent,
  type RunTree,
} from "@/lib/protocol";
import type { RequestBody } from "@/lib/request/build-request";
import type { RequestFailure } from "@/lib/api/error-envelope";
import type { CallAnswer } from "@/lib/run/call-answers";

export type { RequestFailure };

/** Where a turn's request is: on the wire, streaming, polling a background response, or over. */
export type TurnPhase =
  | "sending"
  | "streaming"
  | "polling"
  | "done"
  | "stopped"
  | "cancelled"
  | "failed";

export interface TurnTimings {
  /** Milliseconds from send to the response headers. */
  firstByte: number | null;
  /** Milliseconds from send to the first text, refusal, argument or summary delta. */
  firstToken: number | null;
  /** Milliseconds from send to the end of the run. */
  total: number | null;
}

export interface Turn {
  id: string;
  upstream: string;
  /** The exact body that was posted. */
  request: RequestBody;
  /** The messages this turn added, as input items (what the thread shows and history resends). */
  newInput: Record<string, unknown>[];
  startedAt: number;
  events: readonly RunEvent[];
  tree: RunTree;
  phase: TurnPhase;
  failure: RequestFailure | null;
  timings: TurnTimings;
}

/** Where a new thread starts instead of from nothing: a stored response, or a compacted window. */
export interface ThreadOrigin {
  upstream: string;
  /** The stored response the first turn chains to with `previous_response_id`. */
  previousResponseId: string | null;
  /** Items the first turn resends before its messages (a compacted window). */
  items: unknown[];
  /** What the composer says about it, e.g. "Continuing from resp_123". */
  label: string;
  /** Parts of the source the composer could not take over, in words. */
  notes: string[];
  /** The stored response's output once read back, if it completed: its calls wait for answers as a turn's do. */
  output?: readonly ResponseOutputItem[];
  /** The draft resends the request that followed this point (a fork), which answered its calls already. */
  draftAnswers?: boolean;
  /** The stored conversation the thread goes on in (the draft's Conversation field names it). */
  conversationId?: string;
}

interface RunActions {
  startTurn: (
    turn: Pick<Turn, "id" | "upstream" | "request" | "newInput">,
  ) => void;
  /** Puts back a turn that was running before a reload (a background job), with the events it kept. */
  restoreTurn: (
    turn: Pick<Turn, "id" | "upstream" | "request" | "newInput" | "startedAt">,
    events: readonly RunEvent[],
  ) => void;
  /**
   * Appends events to a turn's log; `tree` is the turn's tree already reduced over them (a stream reduces
   * as it reads, so publishing a frame's batch costs no reduction), else they are reduced here.
   */
  appendEvents: (
    turnId: string,
    events: readonly RunEvent[],
    tree?: RunTree,
  ) => void;
  /** Replaces a turn's log, for non-streamed and background responses rendered from a Response. */
  replaceEvents: (turnId: string, events: readonly RunEvent[]) => void;
  /** Gives a turn whose stream ended without a closing event the item statuses of the Response retrieved after it. */
  settleItems: (turnId: string, response: ApiResponse) => void;
  setPhase: (turnId: string, phase: TurnPhase) => void;
  setTimings: (turnId: string, timings: Partial<TurnTimings>) => void;
  fail: (turnId: string, failure: RequestFailure) => void;
  selectTurn: (turnId: string) => void;
  setToolOutput: (callId: string, output: string) => void;
  /** Records the form answer to a computer, shell or apply_patch call, by its call_id. */
  setCallAnswer: (callId: string, answer: CallAnswer) => void;
  /** Approves or denies an MCP approval request, by its id. */
  decideApproval: (requestId: string, approve: boolean) => void;
  /** Forgets typed tool outputs and approval decisions once a turn carried them. */
  clearAnswers: () => void;
  clearThread: () => void;
  /** Starts a new thread that continues from `origin`. */
  startFrom: (origin: ThreadOrigin) => void;
  /** Puts back where a reloaded page's thread continues from, unless something already set an origin. */
  resumeFrom: (origin: ThreadOrigin) => void;
  /**
   * Keeps the output the thread continues from, read back from `sourceId`: its stored response's completed
   * output, or its conversation's newest items (unless resent items follow it).
   */
  setOriginOutput: (
    sourceId: string,
    output: readonly ResponseOutputItem[],
  ) => void;
}

export interface RunState {
  turns: readonly Turn[];
  selectedTurnId: string | null;
  /** What the user typed as the result of each function call awaiting an answer, by call_id. */
  toolOutputs: Readonly<Record<string, string>>;
  /** What the user filled in for each computer, shell and apply_patch call awaiting an answer, by call_id. */
  callAnswers: Readonly<Record<string, CallAnswer>>;
  origin: ThreadOrigin | null;
  /** The user's decision on each MCP approval request awaiting one, by request id. */
  approvals: Readonly<Record<string, boolean>>;
  actions: RunActions;
}

const noTimings: TurnTimings = {
  firstByte: null,
  firstToken: null,
  total: null,
};

/**
 * Runs of this page: not persisted; background jobs are put back after a reload from the jobs store, and the
 * point the thread continues from from sessionStorage (lib/run/thread-resume.ts).
 */
export const useRunStore = create<RunState>()((set) => {
  const updateTurn = (turnId: string, change: (turn: Turn) => Partial<Turn>) =>
    set((state) => ({
      turns: state.turns.map((turn) =>
        turn.id === turnId ? { ...turn, ...change(turn) } : turn,
      ),
    }));
  return {
    turns: [],
    selectedTurnId: null,
    toolOutputs: {},
    callAnswers: {},
    origin: null,
    approvals: {},
    actions: {
      startTurn: (turn) =>
        set((state) => ({
          turns: [
            ...state.turns,
            {
              ...turn,
              startedAt: Date.now(),
              events: [],
              tree: initialRunTree(),
              phase: "sending",
              failure: null,
              timings: noTimings,
            },
          ],
          selectedTurnId: turn.id,
        })),
      restoreTurn: (turn, events) =>
        set((state) => ({
          turns: [
            ...state.turns,
            {
              ...turn,
              events,
              tree: reduceEvents(events),
              phase: "streaming",
              failure: null,
              timings: noTimings,
            },
          ],
          selectedTurnId: state.selectedTurnId ?? turn.id,
        })),
      appendEvents: (turnId, events, tree) =>
        updateTurn(turnId, (turn) => ({
          events: turn.events.concat(events),
          tree: tree ?? reduceEvents(events, turn.tree),
        })),
      replaceEvents: (turnId, events) =>
        updateTurn(turnId, () => ({ events, tree: reduceEvents(events) })),
      settleItems: (turnId, response) =>
        updateTurn(turnId, (turn) => ({
          tree: settleFromSnapshot(turn.tree, response),
        })),
      setPhase: (turnId, phase) => updateTurn(turnId, () => ({ phase })),
      setTimings: (turnId, timings) =>
        updateTurn(turnId, (turn) => ({
          timings: { ...turn.timings, ...timings },
        })),
      fail: (turnId, failure) =>
        updateTurn(turnId, () => ({ failure, phase: "failed" })),
      selectTurn: (turnId) => set({ selectedTurnId: turnId }),
      setToolOutput: (callId, output) =>
        set((state) => ({
          toolOutputs: { ...state.toolOutputs, [callId]: output },
        })),
      setCallAnswer: (callId, answer) =>
        set((state) => ({
          callAnswers: { ...state.callAnswers, [callId]: answer },
        })),
      decideApproval: (requestId, approve) =>
        set((state) => ({
          approvals: { ...state.approvals, [requestId]: approve },
        })),
      clearAnswers: () =>
        set({ toolOutputs: {}, callAnswers: {}, approvals: {} }),
      clearThread: () =>
        set({
          turns: [],
          selectedTurnId: null,
          toolOutputs: {},
          callAnswers: {},
          approvals: {},
          origin: null,
        }),
      startFrom: (origin) =>
        set({
          turns: [],
          selectedTurnId: null,
          toolOutputs: {},
          callAnswers: {},
          approvals: {},
          origin,
        }),
      resumeFrom: (origin) =>
        set((state) => (state.origin === null ? { origin } : {})),
      setOriginOutput: (sourceId, output) =>
        set(({ origin }) =>
          origin &&
          (origin.previousResponseId ?? origin.conversationId) === sourceId &&
          origin.items.length === 0 &&
          !origin.draftAnswers &&
          origin.output !== output
            ? { origin: { ...origin, output } }
            : {},
        ),
    },
  };
});

export const useRunActions = () => useRunStore((state) => state.actions);

/** The turn the inspector shows: the one picked in the thread, else the latest. */
export function selectInspectedTurn(state: RunState): Turn | null {
  return (
    state.turns.find((turn) => turn.id === state.selectedTurnId) ??
    state.turns.at(-1) ??
    null
  );
}
