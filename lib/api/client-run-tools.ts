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

/** Whether the client runs a tool of this type and `environment`: a `shell` tool does unless its environment is a hosted container. */
export function runsOnClient(type: string, environment: unknown): boolean {
  if (type !== "shell") return CLIENT_RUN_TOOLS.has(type);
  const environmentType =
    typeof environment === "object" && environment !== null
      ? (environment as { type?: unknown }).type
      : undefined;
  return !(
    typeof environmentType === "string" && CONTAINER.test(environmentType)
  );
}
