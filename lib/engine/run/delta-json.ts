import type { JsonObject } from "../types";
import { sequenceTail } from "./response-run";

/**
 * The delta events of one streamed part as JSON text, from a head serialized once: a part streams many deltas
 * whose fields differ only in `delta`, `logprobs`, `obfuscation` and `sequence_number`. Each text equals, key for
 * key, `JSON.stringify({ ...fields, delta, logprobs, obfuscation, sequence_number })` with the absent ones left out.
 */
export class DeltaJson {
  /** Serialized at the first delta: a response no one streams builds none. */
  private head: string | null = null;

  constructor(readonly fields: JsonObject & { type: string }) {}

  get type(): string {
    return this.fields.type;
  }

  json(
    delta: string,
    logprobs: readonly unknown[] | undefined,
    obfuscation: string | undefined,
    sequence: number,
  ): string {
    this.head ??= `${JSON.stringify(this.fields).slice(0, -1)},"delta":`;
    let text = this.head + JSON.stringify(delta);
    if (logprobs !== undefined)
      text +=
        logprobs.length === 0
          ? ',"logprobs":[]'
          : `,"logprobs":${JSON.stringify(logprobs)}`;
    // Base64url padding needs no escaping.
    if (obfuscation !== undefined) text += `,"obfuscation":"${obfuscation}"`;
    return text + sequenceTail(sequence);
  }
}
