import type { ApiReply } from "@/lib/api/api-reply";
import * as conversations from "./conversations/conversation-routes";
import type { EngineContext } from "./engine-context";
import { ApiError } from "@/lib/api/api-error";
import * as files from "./files/file-routes";
import type { EngineRequest } from "./http/engine-request";
import { readJsonBody, validateBody, validateQuery } from "./http/validation";
import { operations } from "./spec/operations";
import { listModels, retrieveModel } from "./models-routes";
import { compactResponse } from "./responses/compact-response";
import { createResponse } from "./responses/create-response";
import { listResponses } from "./responses/list-responses";
import * as responses from "./responses/response-routes";

type Handler = (
  context: EngineContext,
  body: unknown,
  params: string[],
  url: URL,
  request: EngineRequest,
) => ApiReply | Promise<ApiReply>;

interface Route {
  /** The OpenAPI path template whose operations validate this route's requests. */
  spec: string;
  pattern: RegExp;
  methods: Partial<Record<string, Handler>>;
}

const segment = "([^/]+)";

/** Every path the engine serves under `/v1`, with a handler per method. */
const routes: Route[] = [
  {
    spec: "/responses",
    pattern: /^\/responses$/,
    methods: {
      GET: (c, _body, _p, url) => listResponses(c, url),
      POST: (c, body) => createResponse(c, body),
    },
  },
  {
    spec: "/responses/input_tokens",
    pattern: /^\/responses\/input_tokens$/,
    methods: { POST: (c, body) => responses.countResponseInputTokens(c, body) },
  },
  {
    spec: "/responses/compact",
    pattern: /^\/responses\/compact$/,
    methods: { POST: (c, body) => compactResponse(c, body) },
  },
  {
    spec: "/responses/{response_id}",
    pattern: new RegExp(`^/responses/${segment}$`),
    methods: {
      GET: (c, _r, [id = ""], url) => responses.retrieveResponse(c, id, url),
      DELETE: (c, _r, [id = ""]) => responses.deleteResponse(c, id),
    },
  },
  {
    spec: "/responses/{response_id}/cancel",
    pattern: new RegExp(`^/responses/${segment}/cancel$`),
    methods: { POST: (c, _r, [id = ""]) => responses.cancelResponse(c, id) },
  },
  {
    spec: "/responses/{response_id}/input_items",
    pattern: new RegExp(`^/responses/${segment}/input_items$`),
    methods: {
      GET: (c, _r, [id = ""], url) => responses.listInputItems(c, id, url),
    },
  },
  {
    spec: "/conversations",
    pattern: /^\/conversations$/,
    methods: {
      GET: (c, _r, _p, url) => conversations.listConversations(c, url),
      POST: (c, body) => conversations.createConversation(c, body),
    },
  },
  {
    spec: "/conversations/{conversation_id}",
    pattern: new RegExp(`^/conversations/${segment}$`),
    methods: {
      GET: (c, _r, [id = ""]) => conversations.retrieveConversation(c, id),
      POST: (c, body, [id = ""]) =>
        conversations.updateConversation(c, id, body),
      DELETE: (c, _r, [id = ""]) => conversations.deleteConversation(c, id),
    },
  },
  {
    spec: "/conversations/{conversation_id}/items",
    pattern: new RegExp(`^/conversations/${segment}/items$`),
    methods: {
      GET: (c, _r, [id = ""], url) =>
        conversations.listConversationItems(c, id, url),
      POST: (c, body, [id = ""]) =>
        conversations.addConversationItems(c, id, body),
    },
  },
  {
    spec: "/conversations/{conversation_id}/items/{item_id}",
    pattern: new RegExp(`^/conversations/${segment}/items/${segment}$`),
    methods: {
      GET: (c, _r, [id = "", item = ""]) =>
        conversations.retrieveConversationItem(c, id, item),
      DELETE: (c, _r, [id = "", item = ""]) =>
        conversations.deleteConversationItem(c, id, item),
    },
  },
  {
    spec: "/files",
    pattern: /^\/files$/,
    methods: {
      GET: (c, _body, _p, url) => files.listFiles(c, url),
      // A multipart upload: the handler reads the request itself.
      POST: (c, _body, _p, _url, request) => files.uploadFile(c, request),
    },
  },
  {
    spec: "/files/{file_id}",
    pattern: new RegExp(`^/files/${segment}$`),
    methods: {
      GET: (c, _r, [id = ""]) => files.retrieveFile(c, id),
      DELETE: (c, _r, [id = ""]) => files.deleteFile(c, id),
    },
  },
  {
    spec: "/files/{file_id}/content",
    pattern: new RegExp(`^/files/${segment}/content$`),
    methods: { GET: (c, _r, [id = ""]) => files.fileContent(c, id) },
  },
  {
    spec: "/models",
    pattern: /^\/models$/,
    methods: { GET: () => listModels() },
  },
  {
    spec: "/models/{model}",
    pattern: new RegExp(`^/models/${segment}$`),
    methods: { GET: (_c, _r, [id = ""]) => retrieveModel(id) },
  },
];

/** Path segments decoded; a malformed percent escape names no resource, so it is a 404 like any unknown URL. */
function decodeSegments(values: string[], method: string, path: string) {
  try {
    return values.map((value) => decodeURIComponent(value));
  } catch {
    throw unknownUrl(method, path);
  }
}

const unknownUrl = (method: string, path: string) =>
  new ApiError(404, `Invalid URL (${method} /v1${path}).`, {
    code: "unknown_url",
  });

/** The methods a route answers, for the `Allow` header of a 405. */
export function allowedMethods(path: string): string[] | null {
  const found = routes.find(({ pattern }) => pattern.test(path));
  return found ? Object.keys(found.methods) : null;
}

/** Finds the handler and validates the request against the spec (query, then body) before it runs. */
export async function route(
  context: EngineContext,
  request: EngineRequest,
  path: string,
): Promise<ApiReply> {
  const { url } = request;
  const method = request.method;
  const found = routes.find(({ pattern }) => pattern.test(path));
  if (!found) throw unknownUrl(method, path);
  const handler = found.methods[method];
  if (!handler) {
    const allow = Object.keys(found.methods).join(", ");
    throw new ApiError(
      405,
      `Method ${method} is not allowed on /v1${path}; use ${allow}.`,
      { code: "method_not_allowed", headers: { allow } },
    );
  }
  const params = decodeSegments(
    found.pattern.exec(path)?.slice(1) ?? [],
    method,
    path,
  );
  validateQuery(method, found.spec, url);
  const operation = operations[found.spec]?.[method.toLowerCase()];
  let body: unknown = undefined;
  if (operation?.requestBody?.content?.["application/json"]) {
    body = await readJsonBody(request);
    validateBody(method, found.spec, body);
  }
  return handler(context, body, params, url, request);
}
