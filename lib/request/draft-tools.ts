// Tool kinds and values for the first screen; the zod schema (draft-tool-schema) loads when a tool is made or read.

/** Every tool type the tools panel can add, in the order its "Add tool" menu lists them. */
export const TOOL_KINDS = [
  { type: "function", label: "Function" },
  { type: "custom", label: "Custom" },
  { type: "web_search", label: "Web search" },
  { type: "file_search", label: "File search" },
  { type: "code_interpreter", label: "Code interpreter" },
  { type: "computer_use_preview", label: "Computer use" },
  { type: "mcp", label: "MCP" },
  { type: "image_generation", label: "Image generation" },
  { type: "local_shell", label: "Local shell" },
  { type: "shell", label: "Shell" },
  { type: "apply_patch", label: "Apply patch" },
] as const;

export type ToolKind = (typeof TOOL_KINDS)[number]["type"];

export const CONTEXT_SIZES = ["low", "medium", "high"] as const;
export const COMPUTER_ENVIRONMENTS = [
  "browser",
  "mac",
  "windows",
  "ubuntu",
  "linux",
] as const;
export const MEMORY_LIMITS = ["1g", "4g", "16g", "64g"] as const;
export const RANKERS = ["auto", "default-2024-11-15"] as const;
export const APPROVAL_POLICIES = ["always", "never"] as const;
export const MCP_CONNECTORS = [
  "connector_dropbox",
  "connector_gmail",
  "connector_googlecalendar",
  "connector_googledrive",
  "connector_microsoftteams",
  "connector_outlookcalendar",
  "connector_outlookemail",
  "connector_sharepoint",
] as const;
export const IMAGE_QUALITIES = ["auto", "low", "medium", "high"] as const;
export const IMAGE_FORMATS = ["png", "webp", "jpeg"] as const;
export const IMAGE_BACKGROUNDS = ["auto", "transparent", "opaque"] as const;
export const SHELL_ENVIRONMENTS = [
  "container_auto",
  "local",
  "container_reference",
] as const;

export type { DraftTool, DraftToolOf } from "./draft-tool-schema";
