import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { storedListQuery } from "@/lib/queries/stored-list-queries";

/**
 * One of the local engine's lists, its loaded pages flattened; nothing is fetched without an engine,
 * since an upstream other than the engine cannot list what it stores.
 */
export function useEngineList<T>(
  kind: "responses" | "conversations",
  localId: string | null,
) {
  const query = useInfiniteQuery({
    ...storedListQuery<T>(localId ?? "", kind),
    enabled: localId !== null,
  });
  const items = useMemo(
    () => query.data?.pages.flatMap((page) => page.data) ?? [],
    [query.data],
  );
  return { query, items };
}
