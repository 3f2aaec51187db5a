import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { upstreamsQuery } from "@/lib/queries/upstream-queries";

/** The configured upstreams: a label for an id, and the id of the in-process engine (if any). */
export function useUpstreams() {
  const { data, isPending } = useQuery(upstreamsQuery());
  const upstreams = data?.data;
  const labelOf = useCallback(
    (id: string) => upstreams?.find((entry) => entry.id === id)?.label ?? id,
    [upstreams],
  );
  const localId =
    upstreams?.find((entry) => entry.kind === "local")?.id ?? null;
  return { labelOf, localId, pending: isPending };
}
