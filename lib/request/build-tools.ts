import type { Tool } from "openai/resources/responses/responses";
import {
  nameProblem,
  parseJsonObject,
  type Built,
  type DraftProblem,
} from "./build-json";
import type { DraftTool, DraftToolOf } from "./draft-tools";

/** A blank parameters box means "no arguments"; strict mode needs every key spelled out. */
const EMPTY_PARAMETERS = {
  type: "object",
  properties: {},
  required: [],
  additionalProperties: false,
};

/** A tool's built body, or the problems that keep it out of the request. */
type ToolResult = { tool: Tool } | { problems: DraftProblem[] };

/** Splits a list box (one entry per line, or comma-separated) into its non-empty entries. */
function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

/** Adds each entry whose value is set (not null, not ""), so the body carries only chosen settings. */
function defined<T extends Record<string, unknown>>(
  entries: T,
): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(entries).filter(
      ([, value]) => value !== null && value !== undefined && value !== "",
    ),
  ) as { [K in keyof T]?: Exclude<T[K], null> };
}

function functionTool(tool: DraftToolOf<"function">, field: string) {
  const parameters =
    tool.parametersJson.trim() === ""
      ? { ok: true as const, value: EMPTY_PARAMETERS }
      : parseJsonObject(tool.parametersJson);
  if (!parameters.ok)
    return {
      problems: [{ field: `${field}.parameters`, message: parameters.message }],
    };
  return {
    tool: {
      type: "function",
      name: tool.name,
      ...(tool.description.trim() === ""
        ? {}
        : { description: tool.description }),
      parameters: parameters.value,
      strict: tool.strict,
    },
  } satisfies ToolResult;
}

function customTool(tool: DraftToolOf<"custom">, field: string): ToolResult {
  if (tool.format === "grammar" && tool.definition.trim() === "")
    return {
      problems: [
        { field: `${field}.format.definition`, message: "Grammar is required" },
      ],
    };
  return {
    tool: {
      type: "custom",
      name: tool.name,
      ...(tool.description.trim() === ""
        ? {}
        : { description: tool.description }),
      format:
        tool.format === "text"
          ? { type: "text" }
          : {
              type: "grammar",
              syntax: tool.syntax,
              definition: tool.definition,
            },
    },
  };
}

function webSearchTool(tool: DraftToolOf<"web_search">): ToolResult {
  const location = defined({
    city: tool.location.city.trim(),
    region: tool.location.region.trim(),
    country: tool.location.country.trim(),
    timezone: tool.location.timezone.trim(),
  });
  const domains = splitList(tool.allowedDomains);
  const common = {
    ...defined({ search_context_size: tool.contextSize }),
    ...(Object.keys(location).length > 0
      ? { user_location: { type: "approximate" as const, ...location } }
      : {}),
  };
  if (tool.variant === "web_search_preview")
    return { tool: { type: "web_search_preview", ...common } };
  return {
    tool: {
      type: "web_search",
      ...(domains.length > 0 ? { filters: { allowed_domains: domains } } : {}),
      ...common,
    },
  };
}

function fileSearchTool(
  tool: DraftToolOf<"file_search">,
  field: string,
): ToolResult {
  const ids = splitList(tool.vectorStoreIds);
  const problems: DraftProblem[] = [];
  if (ids.length === 0)
    problems.push({
      field: `${field}.vector_store_ids`,
      message: "Name at least one vector store",
    });
  const filters =
    tool.filtersJson.trim() === "" ? null : parseJsonObject(tool.filtersJson);
  if (filters && !filters.ok)
    problems.push({ field: `${field}.filters`, message: filters.message });
  if (problems.length > 0 || (filters && !filters.ok)) return { problems };
  const ranking = defined({
    ranker: tool.ranker,
    score_threshold: tool.scoreThreshold,
  });
  return {
    tool: {
      type: "file_search",
      vector_store_ids: ids,
      ...defined({ max_num_results: tool.maxResults }),
      ...(filters ? { filters: filters.value as never } : {}),
      ...(Object.keys(ranking).length > 0 ? { ranking_options: ranking } : {}),
    },
  };
}

function codeInterpreterTool(
  tool: DraftToolOf<"code_interpreter">,
  field: string,
): ToolResult {
  if (tool.container === "id") {
    if (tool.containerId.trim() === "")
      return {
        problems: [
          { field: `${field}.container`, message: "Container id is required" },
        ],
      };
    return {
      tool: { type: "code_interpreter", container: tool.containerId.trim() },
    };
  }
  const fileIds = splitList(tool.fileIds);
  return {
    tool: {
      type: "code_interpreter",
      container: {
        type: "auto",
        ...(fileIds.length > 0 ? { file_ids: fileIds } : {}),
        ...defined({ memory_limit: tool.memoryLimit }),
      },
    },
  };
}

function mcpTool(tool: DraftToolOf<"mcp">, field: string): ToolResult {
  const problems: DraftProblem[] = [];
  if (tool.serverLabel.trim() === "")
    problems.push({
      field: `${field}.server_label`,
      message: "Server label is required",
    });
  if (tool.connection === "url" && tool.serverUrl.trim() === "")
    problems.push({
      field: `${field}.server_url`,
      message: "Server URL is required",
    });
  const headers =
    tool.headersJson.trim() === "" ? null : parseJsonObject(tool.headersJson);
  if (headers && !headers.ok)
    problems.push({ field: `${field}.headers`, message: headers.message });
  else if (
    headers &&
    Object.values(headers.value).some((value) => typeof value !== "string")
  )
    problems.push({
      field: `${field}.headers`,
      message: "Header values must be strings",
    });
  if (problems.length > 0) return { problems };
  const allowed = splitList(tool.allowedTools);
  return {
    tool: {
      type: "mcp",
      server_label: tool.serverLabel.trim(),
      ...(tool.connection === "url"
        ? { server_url: tool.serverUrl.trim() }
        : { connector_id: tool.connectorId }),
      ...defined({
        server_description: tool.serverDescription.trim(),
        authorization: tool.authorization,
        require_approval: tool.requireApproval,
      }),
      ...(headers?.ok
        ? { headers: headers.value as Record<string, string> }
        : {}),
      ...(allowed.length > 0 ? { allowed_tools: allowed } : {}),
    },
  };
}

function imageGenerationTool(tool: DraftToolOf<"image_generation">): Tool {
  return {
    type: "image_generation",
    ...defined({
      model: tool.model.trim(),
      size: tool.size.trim(),
      quality: tool.quality,
      output_format: tool.outputFormat,
      background: tool.background,
      output_compression: tool.outputCompression,
      partial_images: tool.partialImages,
    }),
  };
}

function shellTool(tool: DraftToolOf<"shell">, field: string): ToolResult {
  if (tool.environment === null) return { tool: { type: "shell" } };
  if (tool.environment !== "container_reference")
    return { tool: { type: "shell", environment: { type: tool.environment } } };
  if (tool.containerId.trim() === "")
    return {
      problems: [
        { field: `${field}.environment`, message: "Container id is required" },
      ],
    };
  return {
    tool: {
      type: "shell",
      environment: {
        type: "container_reference",
        container_id: tool.containerId.trim(),
      },
    },
  };
}

function buildTool(tool: DraftTool, field: string): ToolResult {
  switch (tool.type) {
    case "function":
      return functionTool(tool, field);
    case "custom":
      return customTool(tool, field);
    case "web_search":
      return webSearchTool(tool);
    case "file_search":
      return fileSearchTool(tool, field);
    case "code_interpreter":
      return codeInterpreterTool(tool, field);
    case "computer_use_preview":
      return {
        tool: {
          type: "computer_use_preview",
          display_width: tool.displayWidth,
          display_height: tool.displayHeight,
          environment: tool.environment,
        },
      };
    case "mcp":
      return mcpTool(tool, field);
    case "image_generation":
      return { tool: imageGenerationTool(tool) };
    case "shell":
      return shellTool(tool, field);
    case "local_shell":
    case "apply_patch":
      return { tool: { type: tool.type } };
  }
}

/**
 * How `tool_choice` and `allowed_tools` refer to a draft tool: `function:NAME`, `custom:NAME`,
 * `mcp:LABEL`, or the tool's type for the hosted tools, which appear at most once.
 */
export function toolKey(tool: Tool): string {
  if (tool.type === "function" || tool.type === "custom")
    return `${tool.type}:${tool.name}`;
  if (tool.type === "mcp") return `mcp:${tool.server_label}`;
  return tool.type;
}

/** The reference `allowed_tools` sends for a tool: the fields that identify it. */
export function toolReference(tool: Tool): Record<string, unknown> {
  if (tool.type === "function" || tool.type === "custom")
    return { type: tool.type, name: tool.name };
  if (tool.type === "mcp")
    return { type: "mcp", server_label: tool.server_label };
  return { type: tool.type };
}

/** The draft's tools as the API's Tool union; a tool with problems is left out and its problems reported. */
export function buildTools(tools: readonly DraftTool[]): Built<Tool[]> {
  const problems: DraftProblem[] = [];
  const value: Tool[] = [];
  const keys = new Set<string>();
  for (const [index, tool] of tools.entries()) {
    const field = `tools[${index}]`;
    if (tool.type === "function" || tool.type === "custom") {
      const badName = nameProblem(tool.name);
      if (badName !== null) {
        problems.push({ field: `${field}.name`, message: badName });
        continue;
      }
    }
    const result = buildTool(tool, field);
    if ("problems" in result) {
      problems.push(...result.problems);
      continue;
    }
    const key = toolKey(result.tool);
    if (keys.has(key)) {
      problems.push(
        tool.type === "function" || tool.type === "custom"
          ? {
              field: `${field}.name`,
              message: `Duplicate tool name "${tool.name}"`,
            }
          : { field, message: `Only one ${key} tool can be sent` },
      );
      continue;
    }
    keys.add(key);
    value.push(result.tool);
  }
  return { value, problems };
}
