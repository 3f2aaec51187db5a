/**
 * Every place the engine's request validation deliberately differs from the OpenAPI description in
 * `openapi-responses.json` (extracted, unmodified in substance, from the official spec by
 * `scripts/extract-openapi.ts`). Each patch is applied when `npm run generate:validators` compiles the
 * validators; the README links here. Spec-wide rules the transform applies (see schema-transform.ts):
 * objects with declared properties reject unknown keys, and an input item without `type` is a message.
 */
import { requestLimits } from "./request-limits";
import type { Schema } from "./schema-transform";

type Patch = { where: string; why: string; apply: (c: Components) => void };
type Components = Record<string, Schema>;

const props = (c: Components, name: string): Schema =>
  (c[name]?.properties ?? {}) as Schema;

/** Adds a branch to a schema's allOf: how keys are added to, or required of, an object the spec builds from allOf. */
function addBranch(c: Components, name: string, branch: Schema): void {
  const schema = c[name];
  if (schema)
    schema.allOf = [...((schema.allOf as Schema[] | undefined) ?? []), branch];
}

/** The documented differences, in the order they are applied. */
const componentPatches: Patch[] = [
  {
    where: "CreateResponse.model",
    why: "The engine answers with a local model, so it needs one; the real API can take it from a stored prompt.",
    apply: (c) => addBranch(c, "CreateResponse", { required: ["model"] }),
  },
  {
    where: "CreateResponse.client_metadata",
    why: "Codex sends this map of strings (its session, turn and installation ids) on every create; the engine takes it and ignores it, so Codex runs against it. The spec does not declare it.",
    apply: (c) =>
      addBranch(c, "CreateResponse", {
        type: "object",
        properties: {
          client_metadata: {
            anyOf: [
              { type: "object", additionalProperties: { type: "string" } },
              { type: "null" },
            ],
          },
        },
      }),
  },
  {
    where: "ReasoningItem.content",
    why: "Codex sends its reasoning items back with `content: null` on every turn after the first, and the API takes them.",
    apply: (c) => {
      const properties = props(c, "ReasoningItem");
      if (properties.content)
        properties.content = { anyOf: [properties.content, { type: "null" }] };
    },
  },
  {
    where: "WebSearchTool.search_content_types",
    why: "Codex offers `web_search` with `search_content_types` (as the spec declares for `web_search_preview`), and the API takes it.",
    apply: (c) => {
      const preview = props(c, "WebSearchPreviewTool").search_content_types;
      props(c, "WebSearchTool").search_content_types = preview;
    },
  },
  {
    where: "FunctionTool.required",
    why: "The spec marks `strict` and `parameters` required, but the API (and the SDK's callers) leave them out.",
    apply: (c) => {
      if (c.FunctionTool) c.FunctionTool.required = ["type", "name"];
    },
  },
  {
    where: "EmptyModelParam",
    why: "It stands for a free-form map (a namespaced function's `parameters`, tool_search `arguments`), but is written as an object with no properties, which would take no keys at all.",
    apply: (c) => {
      c.EmptyModelParam = { type: "object", additionalProperties: {} };
    },
  },
  {
    where: "OutputTextContent.required",
    why: "Assistant messages sent back as input often omit `annotations` and `logprobs`, and the API takes them without.",
    apply: (c) => {
      if (c.OutputTextContent) c.OutputTextContent.required = ["type", "text"];
    },
  },
  {
    where: "MCPApprovalResponse.required, LocalShellToolCallOutput.required",
    why: "They require keys their properties never declare (`request_id`, `call_id`), so no body could pass.",
    apply: (c) => {
      for (const name of ["MCPApprovalResponse", "LocalShellToolCallOutput"]) {
        const schema = c[name];
        if (Array.isArray(schema?.required))
          schema.required = schema.required.filter(
            (key: unknown) => typeof key === "string" && key in props(c, name),
          );
      }
    },
  },
  {
    where: "InputImageContent.detail, InputContent input_audio",
    why: "The API defaults an image's detail to auto, and the engine reads input_audio parts (Chat Completions' shape) too.",
    apply: (c) => {
      if (c.InputImageContent) c.InputImageContent.required = ["type"];
      const parts = (c.InputContent?.oneOf ?? []) as Schema[];
      parts.push({
        type: "object",
        properties: {
          type: { type: "string", enum: ["input_audio"] },
          input_audio: {
            type: "object",
            properties: {
              data: { type: "string" },
              format: { type: "string" },
            },
            required: ["data", "format"],
          },
        },
        required: ["type", "input_audio"],
      });
    },
  },
  {
    where: "FunctionTool.name, TextResponseFormatJsonSchema.name",
    why: "The API's documented name rule (a-z, A-Z, 0-9, _ and -, at most 64), stated only in prose.",
    apply: (c) => {
      const name = { type: "string", pattern: "^[a-zA-Z0-9_-]{1,64}$" };
      props(c, "FunctionTool").name = name;
      props(c, "TextResponseFormatJsonSchema").name = name;
    },
  },
  {
    where: "CreateModelResponseProperties.top_logprobs",
    why: "allOf narrows it to a non-null integer; the API and the SDK accept null.",
    apply: (c) => {
      props(c, "CreateModelResponseProperties").top_logprobs = {
        anyOf: [{ type: "integer", minimum: 0, maximum: 20 }, { type: "null" }],
      };
    },
  },
  {
    where:
      "model, previous_response_id and conversation of ResponseProperties, TokenCountsBody and CompactResponseMethodPublicBody; ResponseProperties.max_tool_calls",
    why: "The API refuses a max_tool_calls below 1, and an empty model or id names nothing; the spec allows both, so they would otherwise be refused later in other words.",
    apply: (c) => {
      const nonEmpty = { type: "string", minLength: 1 };
      const orNull = (schema: Schema) => ({
        anyOf: [schema, { type: "null" }],
      });
      // Each body's model is any string or one of the spec's named models, so a non-empty string is the same set.
      props(c, "ResponseProperties").model = nonEmpty;
      props(c, "CompactResponseMethodPublicBody").model = orNull(nonEmpty);
      props(c, "TokenCountsBody").model = orNull(nonEmpty);
      for (const body of [
        "ResponseProperties",
        "CompactResponseMethodPublicBody",
        "TokenCountsBody",
      ])
        props(c, body).previous_response_id = orNull(nonEmpty);
      props(c, "ResponseProperties").max_tool_calls = orNull({
        type: "integer",
        minimum: 1,
      });
      for (const branch of (c.ConversationParam?.oneOf ?? []) as Schema[])
        if (branch.type === "string") branch.minLength = 1;
      props(c, "ConversationParam-2").id = nonEmpty;
    },
  },
  {
    where: "ToolsArray.maxItems",
    why: `The API's limit of ${requestLimits.maxTools} tools, stated only in prose.`,
    apply: (c) => {
      if (c.ToolsArray) c.ToolsArray.maxItems = requestLimits.maxTools;
    },
  },
  {
    where: "InputParam items",
    why: `At most ${requestLimits.maxInputItems} input items, so one request cannot pin the engine.`,
    apply: (c) => {
      const branches = (c.InputParam?.oneOf ?? []) as Schema[];
      for (const branch of branches)
        if (branch.type === "array")
          branch.maxItems = requestLimits.maxInputItems;
    },
  },
  {
    where: "Metadata",
    why: "The API's documented limits (16 pairs, keys ≤ 64 and values ≤ 512 characters), stated only in prose.",
    apply: (c) => {
      c.Metadata = {
        anyOf: [
          {
            type: "object",
            maxProperties: 16,
            propertyNames: { maxLength: 64 },
            additionalProperties: { type: "string", maxLength: 512 },
          },
          { type: "null" },
        ],
      };
    },
  },
  {
    where:
      "Response.frequency_penalty, Response.presence_penalty, Response.store",
    why: "Real responses carry all three (penalties 0.0 when not set) and the Open Responses specification requires them; the OpenAI spec omits them.",
    apply: (c) => {
      const penalty = { type: "number" };
      addBranch(c, "Response", {
        type: "object",
        properties: {
          frequency_penalty: penalty,
          presence_penalty: penalty,
          store: { type: "boolean" },
        },
      });
    },
  },
  {
    where: "*DeltaEvent.obfuscation",
    why: "Real streams add `obfuscation` to every delta event unless stream_options.include_obfuscation is false; the spec does not declare it.",
    apply: (c) => {
      for (const [name, schema] of Object.entries(c))
        if (name.endsWith("DeltaEvent") && schema.properties)
          (schema.properties as Schema).obfuscation = { type: "string" };
    },
  },
  {
    where: "ImageGenToolCall",
    why: "Real image_generation_call items also carry background, output_format, quality, size and revised_prompt, which the spec does not declare.",
    apply: (c) => {
      if (c.ImageGenToolCall) c.ImageGenToolCall.additionalProperties = true;
    },
  },
  {
    where: "ConversationItemList.first_id, ConversationItemList.last_id",
    why: "An empty page has no first or last item, so both are null there.",
    apply: (c) => {
      for (const key of ["first_id", "last_id"]) {
        const list = props(c, "ConversationItemList");
        if (list[key]) list[key] = { anyOf: [list[key], { type: "null" }] };
      }
    },
  },
  {
    where:
      "Response.user, Response.usage, *.input_tokens_details.cache_write_tokens",
    why: "Real responses send `user: null`, `usage: null` until the response ends, and usage without `cache_write_tokens` (captures of January 2026); the spec allows none of these.",
    apply: (c) => {
      addBranch(c, "Response", {
        type: "object",
        properties: {
          user: { type: ["string", "null"] },
          usage: {
            anyOf: [
              { $ref: "#/components/schemas/ResponseUsage" },
              { type: "null" },
            ],
          },
        },
      });
      const details = props(c, "ResponseUsage").input_tokens_details as
        Schema | undefined;
      if (Array.isArray(details?.required))
        details.required = details.required.filter(
          (key: unknown) => key !== "cache_write_tokens",
        );
    },
  },
  {
    where: "ConversationItem: custom_tool_call, custom_tool_call_output",
    why: "Conversation items name the param forms of custom tool calls, which have no `status`, while input item lists and output carry one; an item is listed the same way everywhere, with its status.",
    apply: (c) => {
      const resource: Record<string, string> = {
        CustomToolCall: "CustomToolCallResource",
        CustomToolCallOutput: "CustomToolCallOutputResource",
      };
      const branches = (c.ConversationItem?.oneOf ?? []) as Schema[];
      for (const branch of branches) {
        const name = String(branch.$ref).split("/").pop() ?? "";
        if (resource[name])
          branch.$ref = `#/components/schemas/${resource[name]}`;
      }
    },
  },
  {
    where: "ResponseErrorEvent.error",
    why: "The engine's `error` event nests the error as well as flattening it, because real servers send either shape.",
    apply: (c) => {
      const properties = props(c, "ResponseErrorEvent");
      properties.error = { type: "object" };
    },
  },
];

/** Applies every patch to a copy of the spec's components. */
export function patchedComponents(components: Components): Components {
  const copy = structuredClone(components);
  for (const patch of componentPatches) patch.apply(copy);
  return copy;
}
