import type { Schema } from "./schema-transform";

/** Limits the spec states only in prose (or not at all), enforced so no request can exhaust the engine. */
export const requestLimits = {
  /** Bodies larger than this are refused with 413 while they stream in. */
  maxBodyBytes: 20 * 1024 * 1024,
  /** JSON nesting deeper than this is refused before any schema check walks it. */
  maxJsonDepth: 64,
  /** The API's documented limit on tools per request. */
  maxTools: 128,
  /** Input items per request; the API states none, the engine needs one. */
  maxInputItems: 10_000,
};

/** Query parameter limits the spec states only in prose; an empty cursor names no item. */
export const queryPatches: Record<string, Schema> = {
  limit: { type: "integer", minimum: 1, maximum: 100 },
  after: { type: "string", minLength: 1 },
};
