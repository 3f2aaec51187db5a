import type { ResponseRun } from "./run/response-run";
import type { EngineStore } from "./store/engine-store";

/** What every engine handler works with. */
export interface EngineContext {
  store: EngineStore;
  /** Runs still generating, by response id: for cancel, retrieve and re-attaching streams. */
  runs: Map<string, ResponseRun>;
  tokensPerSecond: number;
  /** The largest file `/v1/files` stores, in bytes. */
  maxFileBytes: number;
}
