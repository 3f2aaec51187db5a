"use client";

import { createContext, useContext } from "react";

/** Where the items shown came from, so files they name can be fetched through the proxy; null where unknown. */
export const ItemUpstreamContext = createContext<string | null>(null);

export function useItemUpstream(): string | null {
  return useContext(ItemUpstreamContext);
}

/** The response asked for JSON (`text.format` json_object or json_schema), so its messages' text shows as JSON. */
export const JsonTextContext = createContext(false);

export function asksForJson(
  format: { type?: string } | null | undefined,
): boolean {
  return format?.type === "json_object" || format?.type === "json_schema";
}
