import type { ApiReply } from "@/lib/api/api-reply";
import type { EngineRequest } from "../http/engine-request";
import { z } from "zod";
import type { EngineContext } from "../engine-context";
import { notFound } from "../errors";
import { queryObject } from "../http/query";
import { json } from "../http/respond";
import { parseOrThrow } from "../http/validation";
import { toItemPage } from "../store/item-page";
import { readUpload } from "./upload";

const listQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(10_000).default(10_000),
  order: z.enum(["asc", "desc"]).default("desc"),
  after: z.string().min(1).optional(),
  purpose: z.string().min(1).optional(),
});

/** `POST /v1/files`: stores a multipart upload (`file`, `purpose`, optional `expires_after`). */
export async function uploadFile(
  context: EngineContext,
  request: EngineRequest,
): Promise<ApiReply> {
  const upload = await readUpload(request, context.maxFileBytes);
  const createdAt = Math.floor(Date.now() / 1000);
  const record = context.store.files.insert({
    ...upload,
    createdAt,
    expiresAt:
      upload.expiresAfterSeconds === null
        ? null
        : createdAt + upload.expiresAfterSeconds,
  });
  return json(record);
}

/** `GET /v1/files`: newest first by default, filtered by `purpose`, paged with `after` and `limit`. */
export function listFiles(context: EngineContext, url: URL): ApiReply {
  const query = parseOrThrow(listQuerySchema, queryObject(url));
  let files = context.store.files.all();
  if (query.order === "desc") files.reverse();
  if (query.purpose !== undefined)
    files = files.filter((file) => file.purpose === query.purpose);
  if (query.after !== undefined) {
    const index = files.findIndex((file) => file.id === query.after);
    if (index === -1)
      throw notFound(
        `No file with id '${query.after}' to page after.`,
        "after",
      );
    files = files.slice(index + 1);
  }
  return json(toItemPage(files, query.limit));
}

function findFile(context: EngineContext, id: string) {
  const file = context.store.files.get(id);
  if (!file) throw notFound(`No such File object: ${id}`, "id");
  return file;
}

export function retrieveFile(context: EngineContext, id: string): ApiReply {
  return json(findFile(context, id));
}

/** `GET /v1/files/{id}/content`: the bytes as uploaded, with their media type. */
export function fileContent(context: EngineContext, id: string): ApiReply {
  const file = findFile(context, id);
  const content = context.store.files.content(id);
  if (!content) throw notFound(`No such File object: ${id}`, "id");
  return {
    status: 200,
    headers: {
      "content-type": content.mediaType,
      "content-disposition": `attachment; filename="${encodeURIComponent(file.filename)}"`,
    },
    body: new Uint8Array(content.bytes),
  };
}

export function deleteFile(context: EngineContext, id: string): ApiReply {
  findFile(context, id);
  context.store.files.remove(id);
  return json({ id, object: "file", deleted: true });
}
