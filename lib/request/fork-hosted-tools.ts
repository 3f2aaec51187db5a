import type { Tool } from "openai/resources/responses/responses";
import { buildTools } from "./build-tools";
import { newDraftId, type DraftTool } from "./draft";
import { draftToolSchema } from "./draft-tool-schema";

const lines = (values: readonly string[] | null | undefined) =>
  (values ?? []).join("\n");

const json = (value: unknown) =>
  value === null || value === undefined ? "" : JSON.stringify(value, null, 2);

/** The composer's fields for a tool other than a function or custom tool, read from the tool as echoed. */
function settingsFields(tool: Tool): Record<string, unknown> | null {
  switch (tool.type) {
    case "local_shell":
    case "apply_patch":
      return {};
    case "computer_use_preview":
      return {
        displayWidth: tool.display_width,
        displayHeight: tool.display_height,
        environment: tool.environment,
      };
    case "shell": {
      const environment = tool.environment ?? null;
      return {
        environment: environment?.type ?? null,
        containerId:
          environment?.type === "container_reference"
            ? environment.container_id
            : "",
      };
    }
    case "web_search":
    case "web_search_preview": {
      const location = tool.user_location;
      return {
        variant: tool.type,
        contextSize: tool.search_context_size ?? null,
        location: {
          city: location?.city ?? "",
          region: location?.region ?? "",
          country: location?.country ?? "",
          timezone: location?.timezone ?? "",
        },
        allowedDomains:
          tool.type === "web_search"
            ? lines(tool.filters?.allowed_domains)
            : "",
      };
    }
    case "file_search":
      return {
        vectorStoreIds: lines(tool.vector_store_ids),
        maxResults: tool.max_num_results ?? null,
        filtersJson: json(tool.filters),
        ranker: tool.ranking_options?.ranker ?? null,
        scoreThreshold: tool.ranking_options?.score_threshold ?? null,
      };
    case "code_interpreter":
      return typeof tool.container === "string"
        ? { container: "id", containerId: tool.container }
        : {
            container: "auto",
            fileIds: lines(tool.container.file_ids),
            memoryLimit: tool.container.memory_limit ?? null,
          };
    case "mcp":
      // The API echoes an MCP URL with its path redacted, and never its headers: the person must supply them again.
      if (tool.server_url?.includes("<redacted>")) return null;
      return {
        serverLabel: tool.server_label,
        connection: tool.server_url ? "url" : "connector",
        serverUrl: tool.server_url ?? "",
        connectorId: tool.connector_id,
        serverDescription: tool.server_description ?? "",
        headersJson: json(tool.headers),
        authorization: tool.authorization ?? "",
        allowedTools: Array.isArray(tool.allowed_tools)
          ? lines(tool.allowed_tools)
          : "",
        requireApproval:
          typeof tool.require_approval === "string"
            ? tool.require_approval
            : null,
      };
    case "image_generation":
      return {
        model: tool.model ?? "",
        size: tool.size ?? "",
        quality: tool.quality ?? null,
        outputFormat: tool.output_format ?? null,
        background: tool.background ?? null,
        outputCompression: tool.output_compression ?? null,
        partialImages: tool.partial_images ?? null,
      };
    default:
      return null;
  }
}

/**
 * A tool's settings with what means "not set" taken out (null, empty lists, an object holding only its `type`,
 * as servers echo an unset location) and keys in order, so an echo and a rebuilt tool compare as text.
 */
function settingsOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(settingsOnly);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value)
    .map(([key, inner]) => [key, settingsOnly(inner)] as const)
    .filter(
      ([, inner]) =>
        inner !== null &&
        inner !== undefined &&
        !(Array.isArray(inner) && inner.length === 0) &&
        !(
          typeof inner === "object" &&
          !Array.isArray(inner) &&
          Object.keys(inner).every((key) => key === "type")
        ),
    )
    .sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries);
}

/**
 * A hosted or client-run tool as the composer edits it, or null when the composer cannot hold all its settings:
 * the row must build back into the same tool, so a fork never quietly drops a setting.
 */
export function forkSettingsTool(tool: Tool): DraftTool | null {
  const fields = settingsFields(tool);
  if (fields === null) return null;
  const type = tool.type === "web_search_preview" ? "web_search" : tool.type;
  const row = draftToolSchema.parse({
    id: newDraftId("tool"),
    type,
    ...fields,
  });
  const built = buildTools([row]);
  const same =
    built.problems.length === 0 &&
    JSON.stringify(settingsOnly(built.value[0])) ===
      JSON.stringify(settingsOnly(tool));
  return same ? row : null;
}
