import type {
  Response,
  ResponseUsage,
} from "openai/resources/responses/responses";

/** A JSON object as the engine stores and sends it. */
export type JsonObject = Record<string, unknown>;

/** An input, output or conversation item of whatever type, always with an id. */
export type StoredItem = JsonObject & { id: string; type: string };

/** A failed response's `error`; the local models' directives may name any code, so it is not the SDK's closed list. */
export interface EngineResponseError {
  code: string;
  message: string;
}

/** Usage as real responses send it: without the `cache_write_tokens` the SDK types require (spec-patches.ts). */
export type EngineUsage = Omit<ResponseUsage, "input_tokens_details"> & {
  input_tokens_details: { cached_tokens: number };
};

/** The Response object exactly as the engine sends it (servers do not send `output_text`), its items kept as the JSON they are sent as. */
export type EngineResponse = Omit<
  Response,
  "output_text" | "output" | "error" | "usage"
> & {
  store: boolean;
  output: StoredItem[];
  error: EngineResponseError | null;
  usage: EngineUsage | null;
};
