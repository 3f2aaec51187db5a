import { en } from "zod/locales";
import * as z from "zod/mini";
import type { ResponseInputItem } from "openai/resources/responses/responses";
import { paramPath } from "@/lib/api/param-path";
import {
  isPlainObject,
  parseJson,
  type Built,
  type DraftProblem,
} from "./build-json";
import type { Draft } from "./draft";

// zod/mini carries no messages of its own; the JSON editor shows these English ones at the field.
z.config(en());

// Shapes of the SDK's ResponseInputItem members, for the items people write by hand; the API adds the ids.
const id = z.string().check(z.minLength(1, "must not be empty"));
const status = z.nullish(z.enum(["in_progress", "completed", "incomplete"]));
const contentPart = z.looseObject({
  type: z.enum(["input_text", "input_image", "input_file", "input_audio"]),
});
const toolOutput = z.union([z.string(), z.array(contentPart)], {
  error:
    "must be a string or a list of input_text/input_image/input_file parts",
});

const itemSchemas = {
  message: z.looseObject({
    role: z.enum(["user", "assistant", "system", "developer"]),
    content: z.union(
      [
        z.string(),
        z.array(
          z.looseObject({
            type: z.enum([
              "input_text",
              "input_image",
              "input_file",
              "input_audio",
              "output_text",
              "refusal",
            ]),
          }),
        ),
      ],
      { error: "must be a string or a list of content parts" },
    ),
  }),
  function_call: z.looseObject({
    call_id: id,
    name: id,
    arguments: z.string(),
    status,
  }),
  function_call_output: z.looseObject({
    call_id: id,
    output: toolOutput,
    status,
  }),
  custom_tool_call: z.looseObject({ call_id: id, name: id, input: z.string() }),
  custom_tool_call_output: z.looseObject({ call_id: id, output: toolOutput }),
  item_reference: z.looseObject({ id }),
  mcp_approval_response: z.looseObject({
    approval_request_id: id,
    approve: z.boolean(),
    reason: z.nullish(z.string()),
  }),
  computer_call_output: z.looseObject({
    call_id: id,
    output: z.looseObject({
      type: z.literal("computer_screenshot"),
      image_url: z.optional(z.string()),
      file_id: z.optional(z.string()),
    }),
    acknowledged_safety_checks: z.nullish(
      z.array(z.looseObject({ id, code: z.nullish(z.string()) })),
    ),
    status,
  }),
  local_shell_call_output: z.looseObject({ id, output: z.string(), status }),
  shell_call_output: z.looseObject({
    call_id: id,
    output: z.array(z.looseObject({ stdout: z.string(), stderr: z.string() })),
  }),
  apply_patch_call_output: z.looseObject({
    call_id: id,
    status: z.enum(["completed", "failed"]),
    output: z.nullish(z.string()),
  }),
  reasoning: z.looseObject({
    id,
    summary: z.array(z.looseObject({ type: z.literal("summary_text") })),
  }),
  compaction: z.looseObject({ encrypted_content: id }),
} as const;

function isItemType(type: string): type is keyof typeof itemSchemas {
  return Object.hasOwn(itemSchemas, type);
}

/** The value at a zod issue path, or undefined when the item leaves it out. */
function valueAt(item: unknown, path: readonly PropertyKey[]): unknown {
  let value = item;
  for (const part of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** The type an item says it has; messages may leave `type` out, and `item_reference` may too. */
function itemType(item: Record<string, unknown>): string | null {
  if (typeof item.type === "string") return item.type;
  if (item.type !== undefined && item.type !== null) return null;
  if ("role" in item) return "message";
  if ("id" in item && Object.keys(item).length <= 2) return "item_reference";
  return null;
}

export type JsonItemCheck =
  | { ok: true; item: Record<string, unknown> }
  | { ok: false; problems: DraftProblem[] };

/**
 * Parses and checks one hand-written input item. Problems name the wrong field (`call_id`,
 * `output.type`) in words; item types the editor does not know pass through for the server to judge.
 */
export function checkJsonItem(json: string): JsonItemCheck {
  if (json.trim() === "")
    return {
      ok: false,
      problems: [{ field: "", message: "Write an input item as JSON" }],
    };
  const parsed = parseJson(json);
  if (!parsed.ok)
    return { ok: false, problems: [{ field: "", message: parsed.message }] };
  if (!isPlainObject(parsed.value))
    return {
      ok: false,
      problems: [{ field: "", message: "An input item is a JSON object" }],
    };
  const item = parsed.value;
  const type = itemType(item);
  if (type === null)
    return {
      ok: false,
      problems: [
        {
          field: "type",
          message: 'Say which input item this is, e.g. "function_call_output"',
        },
      ],
    };
  if (!isItemType(type)) return { ok: true, item };
  const result = itemSchemas[type].safeParse(item);
  if (result.success) return { ok: true, item };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      field: paramPath(issue.path),
      message:
        issue.code === "invalid_type" && valueAt(item, issue.path) === undefined
          ? `${type} needs "${paramPath(issue.path)}"`
          : issue.message,
    })),
  };
}

/** Hand-written JSON items, checked against the SDK's shapes; an item with problems is left out. */
export function buildJsonItems(
  items: Draft["items"],
): Built<ResponseInputItem[]> {
  const problems: DraftProblem[] = [];
  const value: ResponseInputItem[] = [];
  items.forEach((entry, index) => {
    const checked = checkJsonItem(entry.json);
    if (checked.ok) {
      // The editor checked the shape; the server judges the rest, as it does for any client.
      value.push(checked.item as unknown as ResponseInputItem);
      return;
    }
    for (const problem of checked.problems)
      problems.push({
        field: `items[${index}]${problem.field === "" ? "" : `.${problem.field}`}`,
        message: problem.message,
      });
  });
  return { value, problems };
}
