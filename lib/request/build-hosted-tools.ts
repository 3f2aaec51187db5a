import type { Tool } from "openai/resources/responses/responses";
import { parseOptionalJsonObject, type DraftProblem } from "./build-json";
import type { DraftToolOf } from "./draft-tools";

/** A tool's built body, or the problems that keep it out of the request. */
export type ToolResult = { tool: Tool } | { problems: DraftProblem[] };

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

export function webSearchTool(tool: DraftToolOf<"web_search">): ToolResult {
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

export function fileSearchTool(
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
  const filters = parseOptionalJsonObject(tool.filtersJson);
  if (!filters.ok)
    problems.push({ field: `${field}.filters`, message: filters.message });
  if (problems.length > 0 || !filters.ok) return { problems };
  const ranking = defined({
    ranker: tool.ranker,
    score_threshold: tool.scoreThreshold,
  });
  return {
    tool: {
      type: "file_search",
      vector_store_ids: ids,
      ...defined({ max_num_results: tool.maxResults }),
      ...(filters.value ? { filters: filters.value as never } : {}),
      ...(Object.keys(ranking).length > 0 ? { ranking_options: ranking } : {}),
    },
  };
}

export function codeInterpreterTool(
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

export function mcpTool(tool: DraftToolOf<"mcp">, field: string): ToolResult {
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
  const headers = parseOptionalJsonObject(tool.headersJson);
  if (!headers.ok)
    problems.push({ field: `${field}.headers`, message: headers.message });
  else if (
    headers.value &&
    Object.values(headers.value).some((value) => typeof value !== "string")
  )
    problems.push({
      field: `${field}.headers`,
      message: "Header values must be strings",
    });
  if (problems.length > 0 || !headers.ok) return { problems };
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
      ...(headers.value
        ? { headers: headers.value as Record<string, string> }
        : {}),
      ...(allowed.length > 0 ? { allowed_tools: allowed } : {}),
    },
  };
}

export function imageGenerationTool(
  tool: DraftToolOf<"image_generation">,
): Tool {
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

export function shellTool(
  tool: DraftToolOf<"shell">,
  field: string,
): ToolResult {
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
