import { z } from "zod";

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish();

const inputContentPart = z.looseObject({
  type: z.enum([
    "input_text",
    "input_image",
    "input_file",
    "input_audio",
    "output_text",
    "refusal",
    "summary_text",
    "reasoning_text",
  ]),
});

const messageItem = z.looseObject({
  type: z.literal("message").optional(),
  role: z.enum(["user", "assistant", "system", "developer"]),
  content: z.union([z.string(), z.array(inputContentPart)]),
});

const functionCallOutputItem = z.looseObject({
  type: z.literal("function_call_output"),
  call_id: z.string().min(1),
  output: z.union([z.string(), z.array(z.looseObject({ type: z.string() }))]),
});

const otherItem = z.looseObject({ type: z.string().min(1) });

/** One input item: a message (with or without `type`), a tool output, or any other typed item. */
export const inputItemSchema = z.union([
  messageItem,
  functionCallOutputItem,
  otherItem,
]);

const functionTool = z.looseObject({
  type: z.literal("function"),
  name: z
    .string()
    .regex(
      /^[a-zA-Z0-9_-]{1,64}$/,
      "a function name may use a-z, A-Z, 0-9, _ and -, up to 64 characters",
    ),
  description: nullable(z.string()),
  parameters: nullable(z.record(z.string(), z.unknown())),
  strict: nullable(z.boolean()),
});

const toolSchema = z.union([
  functionTool,
  z.looseObject({
    type: z
      .string()
      .min(1)
      .refine((t) => t !== "function"),
  }),
]);

const textFormat = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text") }),
  z.object({ type: z.literal("json_object") }),
  z.object({
    type: z.literal("json_schema"),
    name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/),
    schema: z.record(z.string(), z.unknown()),
    strict: nullable(z.boolean()),
    description: nullable(z.string()),
  }),
]);

const toolChoice = z.union([
  z.enum(["none", "auto", "required"]),
  z.looseObject({ type: z.string().min(1) }),
]);

/**
 * The engine's typed view of `POST /v1/responses`, read after the OpenAPI schema has accepted the
 * body (see ../spec): it only narrows types and supplies defaults; the spec's check is the rule.
 */
export const createRequestSchema = z.looseObject({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(inputItemSchema)]).optional(),
  instructions: nullable(z.string()),
  previous_response_id: nullable(z.string().min(1)),
  conversation: nullable(
    z.union([z.string().min(1), z.looseObject({ id: z.string().min(1) })]),
  ),
  store: nullable(z.boolean()),
  stream: nullable(z.boolean()),
  stream_options: nullable(
    z.object({ include_obfuscation: z.boolean().optional() }),
  ),
  background: nullable(z.boolean()),
  max_output_tokens: nullable(z.number().int().min(16)),
  max_tool_calls: nullable(z.number().int().min(1)),
  temperature: nullable(z.number().min(0).max(2)),
  top_p: nullable(z.number().min(0).max(1)),
  top_logprobs: nullable(z.number().int().min(0).max(20)),
  tools: nullable(z.array(toolSchema)),
  tool_choice: nullable(toolChoice),
  parallel_tool_calls: nullable(z.boolean()),
  include: nullable(z.array(z.string())),
  text: nullable(
    z.object({
      format: textFormat.optional(),
      verbosity: nullable(z.enum(["low", "medium", "high"])),
    }),
  ),
  reasoning: nullable(
    z.looseObject({
      effort: nullable(
        z.enum(["none", "minimal", "low", "medium", "high", "xhigh", "max"]),
      ),
      summary: nullable(z.enum(["auto", "concise", "detailed"])),
      generate_summary: nullable(z.enum(["auto", "concise", "detailed"])),
    }),
  ),
  metadata: nullable(z.record(z.string(), z.string())),
  prompt: nullable(z.looseObject({ id: z.string() })),
  prompt_cache_key: nullable(z.string()),
  prompt_cache_retention: nullable(z.enum(["in_memory", "24h"])),
  prompt_cache_options: nullable(z.looseObject({})),
  safety_identifier: nullable(z.string()),
  service_tier: nullable(
    z.enum([
      "auto",
      "default",
      "fast",
      "flex",
      "scale",
      "priority",
      "ultrafast",
    ]),
  ),
  truncation: nullable(z.enum(["auto", "disabled"])),
  user: nullable(z.string()),
  context_management: nullable(z.array(z.looseObject({}))),
  moderation: nullable(z.unknown()),
});

export type CreateRequest = z.infer<typeof createRequestSchema>;

/** The fields `POST /v1/responses/input_tokens` accepts: what shapes the model's input. */
export const inputTokensRequestSchema = createRequestSchema
  .pick({
    conversation: true,
    input: true,
    instructions: true,
    parallel_tool_calls: true,
    previous_response_id: true,
    reasoning: true,
    text: true,
    tool_choice: true,
    tools: true,
    truncation: true,
  })
  .extend({
    model: nullable(z.string().min(1)),
    personality: z.string().optional(),
  });

export type InputTokensRequest = z.infer<typeof inputTokensRequestSchema>;

/** `POST /v1/responses/compact`: like create's context fields, and `model` is required. */
export const compactRequestSchema = z.looseObject({
  model: z.string().min(1),
  input: nullable(z.union([z.string(), z.array(inputItemSchema)])),
  instructions: nullable(z.string()),
  previous_response_id: nullable(z.string().min(1)),
  conversation: nullable(
    z.union([z.string().min(1), z.looseObject({ id: z.string().min(1) })]),
  ),
  prompt_cache_key: nullable(z.string()),
  prompt_cache_retention: nullable(z.enum(["in_memory", "24h"])),
  prompt_cache_options: nullable(z.looseObject({})),
  service_tier: nullable(z.string()),
  image: nullable(z.unknown()),
});
