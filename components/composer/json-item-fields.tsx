"use client";

import { lazy, Suspense } from "react";
import { useComposerStore } from "@/lib/stores/composer-store";

// The editors check items with zod, which loads only once the draft has a JSON item.
const JsonItemList = lazy(() =>
  import("./json-item-list").then((module) => ({
    default: module.JsonItemList,
  })),
);

/** A starting point that shows the shape; the user replaces the ids. */
export const JSON_ITEM_EXAMPLE = JSON.stringify(
  { type: "function_call_output", call_id: "call_...", output: "" },
  null,
  2,
);

/** Input items written as JSON, for what the forms do not cover; sent before the messages. */
export function JsonItemFields() {
  const items = useComposerStore((state) => state.draft.items);
  if (items.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <JsonItemList items={items} />
    </Suspense>
  );
}
