/** Cursor paging shared by input items and conversation items, shaped like the API's lists. */
export interface PageQuery {
  limit: number;
  order: "asc" | "desc";
  after: string | null;
}

export interface ItemPage<T> {
  object: "list";
  data: T[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

export function toItemPage<T extends { id: string }>(
  rows: T[],
  limit: number,
): ItemPage<T> {
  const data = rows.slice(0, limit);
  return {
    object: "list",
    data,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
    has_more: rows.length > limit,
  };
}
