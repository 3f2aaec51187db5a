import type { UseInfiniteQueryResult } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";

type ListQuery = Pick<
  UseInfiniteQueryResult,
  "error" | "hasNextPage" | "isFetchingNextPage" | "fetchNextPage"
>;

/** Why one of the local engine's lists could not be loaded, or nothing. */
export function EngineListError({
  query,
  what,
}: {
  query: ListQuery;
  what: string;
}) {
  if (!query.error) return null;
  return (
    <p role="alert" className="text-sm text-amber-300">
      The local engine&apos;s {what} could not be listed: {query.error.message}
    </p>
  );
}

/** Loads the next page of one of the local engine's lists, while there is one. */
export function LoadOlderButton({
  query,
  what,
  className,
}: {
  query: ListQuery;
  what: string;
  className?: string;
}) {
  if (!query.hasNextPage) return null;
  return (
    <Button
      size="sm"
      className={className}
      disabled={query.isFetchingNextPage}
      onClick={() => void query.fetchNextPage()}
    >
      Load older engine {what}
    </Button>
  );
}
