import * as z from "zod/mini";
import {
  APPROVAL_POLICIES,
  COMPUTER_ENVIRONMENTS,
  CONTEXT_SIZES,
  IMAGE_BACKGROUNDS,
  IMAGE_FORMATS,
  IMAGE_QUALITIES,
  MCP_CONNECTORS,
  MEMORY_LIMITS,
  RANKERS,
  SHELL_ENVIRONMENTS,
  type ToolKind,
} from "./draft-tools";

// Every field falls back on its own (`.catch`) so one bad field never discards the tool.
const text = z.catch(z.string(), "");
const optionalNumber = z.catch(z.nullable(z.number()), null);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.catch(z.nullable(z.enum(values)), null);

const base = { id: text };

const functionTool = z.object({
  ...base,
  type: z.literal("function"),
  name: text,
  description: text,
  parametersJson: text,
  // The Responses API treats function tools as strict unless told otherwise.
  strict: z.catch(z.boolean(), true),
});

const customTool = z.object({
  ...base,
  type: z.literal("custom"),
  name: text,
  description: text,
  format: z.catch(z.enum(["text", "grammar"]), "text"),
  syntax: z.catch(z.enum(["lark", "regex"]), "lark"),
  definition: text,
});

const locationSchema = z.catch(
  z.object({ city: text, region: text, country: text, timezone: text }),
  () => ({ city: "", region: "", country: "", timezone: "" }),
);

const webSearchTool = z.object({
  ...base,
  type: z.literal("web_search"),
  // The GA tool takes allowed domains; the preview tool does not.
  variant: z.catch(z.enum(["web_search", "web_search_preview"]), "web_search"),
  contextSize: optionalEnum(CONTEXT_SIZES),
  location: locationSchema,
  /** One domain per line or comma-separated. */
  allowedDomains: text,
});

const fileSearchTool = z.object({
  ...base,
  type: z.literal("file_search"),
  vectorStoreIds: text,
  maxResults: optionalNumber,
  filtersJson: text,
  ranker: optionalEnum(RANKERS),
  scoreThreshold: optionalNumber,
});

const codeInterpreterTool = z.object({
  ...base,
  type: z.literal("code_interpreter"),
  container: z.catch(z.enum(["auto", "id"]), "auto"),
  fileIds: text,
  memoryLimit: optionalEnum(MEMORY_LIMITS),
  containerId: text,
});

const computerTool = z.object({
  ...base,
  type: z.literal("computer_use_preview"),
  displayWidth: z.catch(z.number(), 1024),
  displayHeight: z.catch(z.number(), 768),
  environment: z.catch(z.enum(COMPUTER_ENVIRONMENTS), "browser"),
});

const mcpTool = z.object({
  ...base,
  type: z.literal("mcp"),
  serverLabel: text,
  connection: z.catch(z.enum(["url", "connector"]), "url"),
  serverUrl: text,
  connectorId: z.catch(z.enum(MCP_CONNECTORS), "connector_googledrive"),
  serverDescription: text,
  headersJson: text,
  authorization: text,
  allowedTools: text,
  requireApproval: optionalEnum(APPROVAL_POLICIES),
});

const imageGenerationTool = z.object({
  ...base,
  type: z.literal("image_generation"),
  model: text,
  size: text,
  quality: optionalEnum(IMAGE_QUALITIES),
  outputFormat: optionalEnum(IMAGE_FORMATS),
  background: optionalEnum(IMAGE_BACKGROUNDS),
  outputCompression: optionalNumber,
  partialImages: optionalNumber,
});

const localShellTool = z.object({ ...base, type: z.literal("local_shell") });

const shellTool = z.object({
  ...base,
  type: z.literal("shell"),
  environment: optionalEnum(SHELL_ENVIRONMENTS),
  containerId: text,
});

const applyPatchTool = z.object({ ...base, type: z.literal("apply_patch") });

/** A tool row of the draft: what the panel edits, built into the API's Tool by `buildTools`. */
export const draftToolSchema = z.pipe(
  // Version 1 drafts held function tools only, without a `type`.
  z.transform((value: unknown) =>
    typeof value === "object" && value !== null && !("type" in value)
      ? { ...value, type: "function" }
      : value,
  ),
  z.discriminatedUnion("type", [
    functionTool,
    customTool,
    webSearchTool,
    fileSearchTool,
    codeInterpreterTool,
    computerTool,
    mcpTool,
    imageGenerationTool,
    localShellTool,
    shellTool,
    applyPatchTool,
  ]),
);

export type DraftTool = z.infer<typeof draftToolSchema>;
export type DraftToolOf<K extends ToolKind> = Extract<DraftTool, { type: K }>;

/** A new tool row of `type` with every setting at its default (not sent). */
export function newDraftTool(type: ToolKind, id: string): DraftTool {
  return draftToolSchema.parse({ id, type });
}
