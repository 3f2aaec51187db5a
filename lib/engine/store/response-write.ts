import type { EngineResponse, StoredItem } from "../types";
import type { prepareStatements } from "./statements";

/**
 * A response write not yet committed: a new row with its input items, or the latest body of an existing row.
 * The response is serialized when the write commits, as it is then (unless the writer passed its final JSON),
 * so one created and finished within the turn is serialized once.
 */
export interface PendingResponse {
  insert: boolean;
  response: EngineResponse;
  /** The response's JSON, when the writer already has it and the response no longer changes. */
  json: string | undefined;
  inputItems: StoredItem[];
}

/** The rows of one pending response write: the response (and, when new, its input items) and its output items by id. */
export function writeResponse(
  statements: ReturnType<typeof prepareStatements>,
  runnerId: string,
  id: string,
  write: PendingResponse,
): void {
  const { response } = write;
  const body = write.json ?? JSON.stringify(response);
  if (write.insert) {
    statements.insertResponse.run(
      id,
      response.created_at,
      response.status,
      response.background ? 1 : 0,
      body,
      response.background ? runnerId : null,
    );
    write.inputItems.forEach((item, position) =>
      statements.insertInputItem.run(
        id,
        position,
        item.id,
        JSON.stringify(item),
      ),
    );
  } else statements.updateResponse.run(response.status, body, id);
  // A streamed response's output grows across writes; each write indexes the items it has so far.
  for (const item of response.output)
    statements.insertOutputItem.run(item.id, id);
}
