/** Tool types whose calls the client runs: the model only emits the call, so the local engine can always offer them. */
const CLIENT_RUN_TOOLS = new Set([
  "function",
  "custom",
  "namespace",
  "computer",
  "computer_use_preview",
  "local_shell",
  "apply_patch",
]);

const CONTAINER = /^container/;

/** The fields of a tool that say who runs it. */
export interface ToolRunner {
  type: string;
  environment?: unknown;
  execution?: unknown;
}

/**
 * Whether the client runs a tool: a `shell` tool does unless its environment is a hosted container, a
 * `tool_search` only when its `execution` is `client`.
 */
export function runsOnClient({
  type,
  environment,
  execution,
}: ToolRunner): boolean {
  if (type === "tool_search") return execution === "client";
  if (type !== "shell") return CLIENT_RUN_TOOLS.has(type);
  const environmentType =
    typeof environment === "object" && environment !== null
      ? (environment as { type?: unknown }).type
      : undefined;
  return !(
    typeof environmentType === "string" && CONTAINER.test(environmentType)
  );
}
