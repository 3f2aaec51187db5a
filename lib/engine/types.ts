import type { Response } from "openai/resources/responses/responses";

/** A JSON object as the engine stores and sends it. */
export type JsonObject = Record<string, unknown>;

/** An input, output or conversation item of whatever type, always with an id. */
export type StoredItem = JsonObject & { id: string; type: string };

/** The Response object exactly as the engine sends it (servers do not send `output_text`). */
export type EngineResponse = Omit<Response, "output_text"> & { store: boolean };
