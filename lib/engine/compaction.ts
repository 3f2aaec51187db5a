import { gunzipSync, gzipSync } from "node:zlib";
import { invalidRequest } from "./errors";
import type { StoredItem } from "./types";

const prefix = "lce1.";

/** Packs a value into an opaque string only this engine reads back (compaction, encrypted reasoning). */
export function seal(value: unknown): string {
  return prefix + gzipSync(JSON.stringify(value)).toString("base64url");
}

/** Expands a compaction item's `encrypted_content` back into the items it stands for. */
export function openCompaction(
  encrypted: unknown,
  param: string,
): StoredItem[] {
  if (typeof encrypted !== "string" || !encrypted.startsWith(prefix)) {
    throw invalidRequest(
      "The compaction item's encrypted_content was not produced by this engine.",
      param,
      "invalid_encrypted_content",
    );
  }
  try {
    const text = gunzipSync(
      Buffer.from(encrypted.slice(prefix.length), "base64url"),
    ).toString("utf8");
    const items = JSON.parse(text) as unknown;
    if (!Array.isArray(items)) throw new Error("not a list");
    return items as StoredItem[];
  } catch {
    throw invalidRequest(
      "The compaction item's encrypted_content is damaged and cannot be expanded.",
      param,
      "invalid_encrypted_content",
    );
  }
}
