import type { ApiReply } from "@/lib/api/api-reply";
import { z } from "zod";
import type { EngineContext } from "../engine-context";
import { invalidRequest } from "../errors";
import { listQueryObject, storedListQuerySchema } from "../http/query";
import { json } from "../http/respond";
import { parseOrThrow } from "../http/validation";
import { listedStatuses } from "../spec/extra-operations";

const listQuerySchema = storedListQuerySchema.extend({
  model: z.string().min(1).optional(),
  status: z.enum(listedStatuses).optional(),
});

/**
 * `GET /v1/responses`: the engine's extension of the API, listing stored responses in the API's list
 * shape, newest first by default, each as retrieve would return it now.
 */
export function listResponses(context: EngineContext, url: URL): ApiReply {
  const query = parseOrThrow(listQuerySchema, listQueryObject(url));
  const page = context.store.pageResponses({
    ...query,
    after: query.after ?? null,
  });
  if (!page)
    throw invalidRequest(
      `No stored response with id '${query.after}'.`,
      "after",
    );
  return json({
    ...page,
    data: page.data.map(
      (response) => context.runs.get(response.id)?.response ?? response,
    ),
  });
}
