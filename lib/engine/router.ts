import * as conversations from "./conversations/conversation-routes";
import type { EngineContext } from "./engine-context";
import { EngineError } from "./errors";
import * as files from "./files/file-routes";
import { listModels, retrieveModel } from "./models-routes";
import { compactResponse } from "./responses/compact-response";
import { createResponse } from "./responses/create-response";
import { listResponses } from "./responses/list-responses";
import * as responses from "./responses/response-routes";

type Handler = (
  context: EngineContext,
  request: Request,
  params: string[],
  url: URL,
) => Response | Promise<Response>;

interface Route {
  pattern: RegExp;
  methods: Partial<Record<string, Handler>>;
}

const segment = "([^/]+)";

/** Every path the engine serves under `/v1`, with a handler per method. */
const routes: Route[] = [
  {
    pattern: /^\/responses$/,
    methods: {
      GET: (c, _r, _p, url) => listResponses(c, url),
      POST: (c, r) => createResponse(c, r),
    },
  },
  {
    pattern: /^\/responses\/input_tokens$/,
    methods: { POST: (c, r) => responses.countResponseInputTokens(c, r) },
  },
  {
    pattern: /^\/responses\/compact$/,
    methods: { POST: (c, r) => compactResponse(c, r) },
  },
  {
    pattern: new RegExp(`^/responses/${segment}$`),
    methods: {
      GET: (c, _r, [id = ""], url) => responses.retrieveResponse(c, id, url),
      DELETE: (c, _r, [id = ""]) => responses.deleteResponse(c, id),
    },
  },
  {
    pattern: new RegExp(`^/responses/${segment}/cancel$`),
    methods: { POST: (c, _r, [id = ""]) => responses.cancelResponse(c, id) },
  },
  {
    pattern: new RegExp(`^/responses/${segment}/input_items$`),
    methods: {
      GET: (c, _r, [id = ""], url) => responses.listInputItems(c, id, url),
    },
  },
  {
    pattern: /^\/conversations$/,
    methods: { POST: (c, r) => conversations.createConversation(c, r) },
  },
  {
    pattern: new RegExp(`^/conversations/${segment}$`),
    methods: {
      GET: (c, _r, [id = ""]) => conversations.retrieveConversation(c, id),
      POST: (c, r, [id = ""]) => conversations.updateConversation(c, id, r),
      DELETE: (c, _r, [id = ""]) => conversations.deleteConversation(c, id),
    },
  },
  {
    pattern: new RegExp(`^/conversations/${segment}/items$`),
    methods: {
      GET: (c, _r, [id = ""], url) =>
        conversations.listConversationItems(c, id, url),
      POST: (c, r, [id = ""]) => conversations.addConversationItems(c, id, r),
    },
  },
  {
    pattern: new RegExp(`^/conversations/${segment}/items/${segment}$`),
    methods: {
      GET: (c, _r, [id = "", item = ""]) =>
        conversations.retrieveConversationItem(c, id, item),
      DELETE: (c, _r, [id = "", item = ""]) =>
        conversations.deleteConversationItem(c, id, item),
    },
  },
  {
    pattern: /^\/files$/,
    methods: {
      GET: (c, _r, _p, url) => files.listFiles(c, url),
      POST: (c, r) => files.uploadFile(c, r),
    },
  },
  {
    pattern: new RegExp(`^/files/${segment}$`),
    methods: {
      GET: (c, _r, [id = ""]) => files.retrieveFile(c, id),
      DELETE: (c, _r, [id = ""]) => files.deleteFile(c, id),
    },
  },
  {
    pattern: new RegExp(`^/files/${segment}/content$`),
    methods: { GET: (c, _r, [id = ""]) => files.fileContent(c, id) },
  },
  { pattern: /^\/models$/, methods: { GET: () => listModels() } },
  {
    pattern: new RegExp(`^/models/${segment}$`),
    methods: { GET: (_c, _r, [id = ""]) => retrieveModel(id) },
  },
];

/** Finds the handler for a request, or answers 404/405 in the API's envelope. */
export function route(
  context: EngineContext,
  request: Request,
  url: URL,
  path: string,
): Response | Promise<Response> {
  for (const { pattern, methods } of routes) {
    const match = pattern.exec(path);
    if (!match) continue;
    const handler = methods[request.method];
    if (!handler) {
      const allow = Object.keys(methods).join(", ");
      throw new EngineError(
        405,
        `Method ${request.method} is not allowed on /v1${path}; use ${allow}.`,
        {
          code: "method_not_allowed",
          headers: { allow },
        },
      );
    }
    const params = match.slice(1).map((value) => decodeURIComponent(value));
    return handler(context, request, params, url);
  }
  throw new EngineError(404, `Invalid URL (${request.method} /v1${path}).`, {
    code: "unknown_url",
  });
}
