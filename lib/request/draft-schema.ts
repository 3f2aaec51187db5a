import * as z from "zod/mini";
import {
  DRAFT_VERSION,
  HOSTED_TOOL_CHOICES,
  INCLUDABLES,
  MESSAGE_ROLES,
  PROMPT_CACHE_RETENTIONS,
  REASONING_EFFORTS,
  REASONING_SUMMARIES,
  SERVICE_TIERS,
  TOOL_CHOICE_OPTIONS,
  TRUNCATIONS,
  VERBOSITIES,
  defaultDraft,
} from "./draft";
import { attachmentSchema } from "./draft-attachment-schema";
import { draftToolSchema } from "./draft-tool-schema";

// The draft's zod schema: loaded only when there is a draft to read (a stored one, a link, a response).

// Every field falls back on its own (`z.catch`) so one bad field in an old draft never discards the rest.
const text = z.catch(z.string(), "");
const optionalNumber = z.catch(z.nullable(z.number()), null);
const optionalBoolean = z.catch(z.nullable(z.boolean()), null);

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.catch(z.nullable(z.enum(values)), null);

const messageSchema = z.object({
  id: text,
  role: z.catch(z.enum(MESSAGE_ROLES), "user"),
  text,
  // Built after the text as input_image / input_file / input_audio parts.
  // Optional, so a message written as `{ id, role, text }` stays valid; a bad list is dropped, not the message.
  attachments: z.catch(z.optional(z.array(attachmentSchema)), undefined),
});

/** An input item written as JSON, for the kinds the forms do not cover. */
const jsonItemSchema = z.object({ id: text, json: text });

const promptSchema = z.catch(
  z.object({ id: text, version: text, variablesJson: text }),
  () => ({ id: "", version: "", variablesJson: "" }),
);

const metadataEntrySchema = z.object({ key: text, value: text });

const textFormatSchema = z.catch(
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("text") }),
    z.object({ type: z.literal("json_object") }),
    z.object({
      type: z.literal("json_schema"),
      name: text,
      schemaJson: text,
      // The API's default for `text.format.strict` is false.
      strict: z.catch(z.boolean(), false),
    }),
  ]),
  () => ({ type: "text" as const }),
);

const toolChoiceSchema = z.catch(
  z.union([
    z.enum(TOOL_CHOICE_OPTIONS),
    z.object({ type: z.literal("function"), name: text }),
    z.object({ type: z.literal("custom"), name: text }),
    z.object({ type: z.literal("mcp"), serverLabel: text, name: text }),
    z.object({
      type: z.literal("hosted"),
      tool: z.catch(z.enum(HOSTED_TOOL_CHOICES), "file_search"),
    }),
    z.object({
      type: z.literal("allowed_tools"),
      mode: z.catch(z.enum(["auto", "required"]), "auto"),
      /** Keys of the draft's tools, as `toolKey` spells them. */
      tools: z.catch(z.array(z.string()), () => []),
    }),
  ]),
  "auto",
);

const reasoningSchema = z.catch(
  z.object({
    effort: optionalEnum(REASONING_EFFORTS),
    summary: optionalEnum(REASONING_SUMMARIES),
  }),
  () => ({ effort: null, summary: null }),
);

/** Keeps the list's good entries when some are malformed, instead of dropping the whole list. */
function tolerantList<T extends z.ZodMiniType>(
  item: T,
  fallback: () => z.output<T>[],
) {
  return z.pipe(
    z.catch(z.array(z.unknown()), fallback),
    z.transform((entries: unknown[]) =>
      entries.flatMap((entry) => {
        const parsed = item.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
  );
}

export const draftSchema = z.object({
  version: z.catch(z.literal(DRAFT_VERSION), DRAFT_VERSION),
  // Empty means "the server's default upstream", resolved once the list of upstreams arrives.
  upstream: text,
  model: z.catch(z.string(), "local-echo"),
  instructions: text,
  messages: tolerantList(messageSchema, () => [
    { id: "msg-1", role: "user" as const, text: "" },
  ]),
  temperature: optionalNumber,
  top_p: optionalNumber,
  max_output_tokens: optionalNumber,
  store: z.catch(z.boolean(), true),
  stream: z.catch(z.boolean(), true),
  background: z.catch(z.boolean(), false),
  reasoning: reasoningSchema,
  textFormat: textFormatSchema,
  items: tolerantList(jsonItemSchema, () => []),
  tools: tolerantList(draftToolSchema, () => []),
  toolChoice: toolChoiceSchema,
  parallelToolCalls: optionalBoolean,
  maxToolCalls: optionalNumber,
  textVerbosity: optionalEnum(VERBOSITIES),
  truncation: optionalEnum(TRUNCATIONS),
  serviceTier: optionalEnum(SERVICE_TIERS),
  include: tolerantList(z.enum(INCLUDABLES), () => []),
  topLogprobs: optionalNumber,
  includeObfuscation: optionalBoolean,
  metadata: tolerantList(metadataEntrySchema, () => []),
  /** A conversation id to send within (`conversation`); "" sends none. */
  conversation: text,
  promptCacheKey: text,
  promptCacheRetention: optionalEnum(PROMPT_CACHE_RETENTIONS),
  safetyIdentifier: text,
  prompt: promptSchema,
});

export type Draft = z.infer<typeof draftSchema>;
export type DraftMessage = Draft["messages"][number];
export type DraftJsonItem = Draft["items"][number];
export type DraftTextFormat = Draft["textFormat"];
export type DraftToolChoice = Draft["toolChoice"];
export type MessageRole = DraftMessage["role"];

/** Rows need unique, non-empty ids for React keys and problem lookup; old drafts may lack them. */
function withUniqueIds<T extends { id: string }>(
  rows: T[],
  prefix: string,
): T[] {
  const seen = new Set<string>();
  return rows.map((row, index) => {
    let id = row.id;
    for (let n = index + 1; id === "" || seen.has(id); n += 1)
      id = `${prefix}-${n}`;
    seen.add(id);
    return id === row.id ? row : { ...row, id };
  });
}

/** Reads any stored, shared or partial draft into a valid one; never throws. */
export function parseDraft(input: unknown): Draft {
  const parsed = draftSchema.safeParse(
    typeof input === "object" && input !== null ? input : {},
  );
  const draft = parsed.success ? parsed.data : defaultDraft();
  return {
    ...draft,
    messages: withUniqueIds(draft.messages, "msg"),
    items: withUniqueIds(draft.items, "item"),
    tools: withUniqueIds(draft.tools, "tool"),
  };
}
