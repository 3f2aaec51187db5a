import type { ResponseOutputItem } from "openai/resources/responses/responses";

/** The output item of one type, as the SDK types it. */
export type ItemOf<T extends ResponseOutputItem["type"]> = Extract<
  ResponseOutputItem,
  { type: T }
>;
