"use client";

import { createContext, useContext } from "react";

/** Where the items shown came from, so files they name can be fetched through the proxy; null where unknown. */
export const ItemUpstreamContext = createContext<string | null>(null);

export function useItemUpstream(): string | null {
  return useContext(ItemUpstreamContext);
}
