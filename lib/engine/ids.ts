import { randomFillSync } from "node:crypto";

/** Random bytes are drawn from a pool refilled 16 KiB at a time: one call into the system's generator instead of one per id or delta. */
const pool = Buffer.allocUnsafe(16 * 1024);
let poolOffset = pool.length;

function randomBytesFromPool(size: number): Buffer {
  if (poolOffset + size > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + size);
  poolOffset += size;
  return bytes;
}

/** `size` random bytes as hex (2 characters each). */
export function randomHex(size: number): string {
  return randomBytesFromPool(size).toString("hex");
}

/** Random base64url characters converted 16 Ki at a time: a delta's padding is then a slice, not a conversion of its own. */
let base64urlPool = "";
let base64urlOffset = 0;

/** `length` random base64url characters. */
export function randomBase64url(length: number): string {
  if (base64urlOffset + length > base64urlPool.length) {
    base64urlPool = randomBytesFromPool(12 * 1024).toString("base64url");
    base64urlOffset = 0;
  }
  const characters = base64urlPool.slice(
    base64urlOffset,
    base64urlOffset + length,
  );
  base64urlOffset += length;
  return characters;
}

/** A per-process counter from a random start, so ids made within one second still sort in creation order. */
let counter = randomBytesFromPool(4).readUInt32BE(0);

/**
 * An id in the API's style: a prefix and 48 hex characters that begin, as the API's do, with the Unix time
 * in seconds (`resp_68af…`). Ids that sort in creation order land at the end of SQLite's indexes instead of
 * on a random page each, so a commit writes a few pages rather than one per row.
 */
export function newId(prefix: string): string {
  counter = (counter + 1) >>> 0;
  const seconds = Math.floor(Date.now() / 1000);
  return `${prefix}_${hex8(seconds)}${hex8(counter)}${randomHex(16)}`;
}

const hexDigits = "0123456789abcdef";

/** A 32-bit unsigned value as 8 hex characters, digit by digit: several times faster than `toString(16)` and padding. */
function hex8(value: number): string {
  let text = "";
  for (let shift = 28; shift >= 0; shift -= 4)
    text += hexDigits.charAt((value >>> shift) & 15);
  return text;
}

/** Id prefixes by item type, as the real API uses them. */
const itemPrefixes: Record<string, string> = {
  message: "msg",
  function_call: "fc",
  function_call_output: "fco",
  reasoning: "rs",
  compaction: "cmp",
  custom_tool_call: "ctc",
  custom_tool_call_output: "ctco",
  web_search_call: "ws",
  mcp_approval_response: "mcpr",
  item_reference: "ref",
};

/** The prefix the API gives ids of this item type, if this engine knows it. */
export function itemIdPrefix(type: string): string | undefined {
  return itemPrefixes[type];
}

export function newItemId(type: string): string {
  return newId(itemIdPrefix(type) ?? "item");
}
