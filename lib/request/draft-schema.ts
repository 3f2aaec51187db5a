import { z } from "zod";

/** Bump when the draft's shape changes, and teach `parseDraft` to read the older shape. */
export const DRAFT_VERSION = 1;

export const MESSAGE_ROLES = [
  "user",
  "system",
  "developer",
  "assistant",
] as const;
export const REASONING_EFFORTS = [
  "none",
  "minimal",
  "low",
  "medium",
  "high",
  "xhigh",
] as const;
export const REASONING_SUMMARIES = ["auto", "concise", "detailed"] as const;
export const TOOL_CHOICE_OPTIONS = ["auto", "required", "none"] as const;

// Every field falls back on its own (`.catch`) so one bad field in an old draft never discards the rest.
const text = z.string().catch("");
const optionalNumber = z.number().nullable().catch(null);

const messageSchema = z.object({
  id: text,
  role: z.enum(MESSAGE_ROLES).catch("user"),
  text,
});

const functionToolSchema = z.object({
  id: text,
  name: text,
  description: text,
  parametersJson: text,
  // The Responses API treats function tools as strict unless told otherwise.
  strict: z.boolean().catch(true),
});

const metadataEntrySchema = z.object({ key: text, value: text });

const textFormatSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("text") }),
    z.object({ type: z.literal("json_object") }),
    z.object({
      type: z.literal("json_schema"),
      name: text,
      schemaJson: text,
      // The API's default for `text.format.strict` is false.
      strict: z.boolean().catch(false),
    }),
  ])
  .catch(() => ({ type: "text" as const }));

const toolChoiceSchema = z
  .union([
    z.enum(TOOL_CHOICE_OPTIONS),
    z.object({ type: z.literal("function"), name: text }),
  ])
  .catch("auto");

const reasoningSchema = z
  .object({
    effort: z.enum(REASONING_EFFORTS).nullable().catch(null),
    summary: z.enum(REASONING_SUMMARIES).nullable().catch(null),
  })
  .catch(() => ({ effort: null, summary: null }));

/** Keeps the list's good entries when some are malformed, instead of dropping the whole list. */
function tolerantList<T extends z.ZodType>(
  item: T,
  fallback: () => z.output<T>[],
) {
  return z
    .array(z.unknown())
    .catch(fallback)
    .transform((entries) =>
      entries.flatMap((entry) => {
        const parsed = item.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      }),
    );
}

export const draftSchema = z.object({
  version: z.literal(DRAFT_VERSION).catch(DRAFT_VERSION),
  // Empty means "the server's default upstream", resolved once the list of upstreams arrives.
  upstream: z.string().catch(""),
  model: z.string().catch("local-echo"),
  instructions: text,
  messages: tolerantList(messageSchema, () => [
    { id: "msg-1", role: "user" as const, text: "" },
  ]),
  temperature: optionalNumber,
  top_p: optionalNumber,
  max_output_tokens: optionalNumber,
  store: z.boolean().catch(true),
  stream: z.boolean().catch(true),
  background: z.boolean().catch(false),
  reasoning: reasoningSchema,
  textFormat: textFormatSchema,
  tools: tolerantList(functionToolSchema, () => []),
  toolChoice: toolChoiceSchema,
  parallelToolCalls: z.boolean().nullable().catch(null),
  metadata: tolerantList(metadataEntrySchema, () => []),
  /** A conversation id to send within (`conversation`); "" sends none. */
  conversation: text,
});

export type Draft = z.infer<typeof draftSchema>;
export type DraftMessage = Draft["messages"][number];
export type DraftTool = Draft["tools"][number];
export type DraftTextFormat = Draft["textFormat"];
export type DraftToolChoice = Draft["toolChoice"];
export type MessageRole = DraftMessage["role"];

/** A fresh id for a message or tool row; `randomUUID` is missing outside secure contexts. */
export function newDraftId(prefix: string): string {
  const random =
    typeof crypto !== "undefined" && typeof crypto.randomUUID === "function"
      ? crypto.randomUUID()
      : Math.random().toString(36).slice(2) + Date.now().toString(36);
  return `${prefix}-${random}`;
}

export function defaultDraft(): Draft {
  return draftSchema.parse({});
}

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
    tools: withUniqueIds(draft.tools, "tool"),
  };
}
