export {
  readSse,
  isDoneSentinel,
  type ReadSseOptions,
  type ReadSseResult,
  type SseMessage,
} from "./parse-sse";
export { toRunEvent, runEventsFromResponse, type RunEvent } from "./run-event";
export {
  initialRunTree,
  type AudioState,
  type NodeOrigin,
  type OutputNode,
  type PartialImage,
  type RunError,
  type RunStatus,
  type RunTree,
  type TerminalKind,
  type UnknownEventRef,
  type Violation,
  type ViolationCode,
} from "./run-tree";
export { reduceEvent, reduceEvents, treeFromResponse } from "./reduce-events";
export { settleFromSnapshot } from "./settle-snapshot";
export { knownEventTypes, type KnownEventType } from "./event-handlers";
export {
  itemSubtitle,
  itemText,
  itemTitle,
  itemTypeLabel,
  normalizeUsage,
  outputText,
  type TokenUsage,
} from "./item-helpers";
export { parseLiveJson, type LiveJson } from "./partial-arguments";
