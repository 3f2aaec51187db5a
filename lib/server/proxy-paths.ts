import { playgroundError } from "@/lib/api/api-error";

/** The Responses API family: the only upstream paths the proxy forwards, so a server key can't reach anything else. */
const PROXIED_ROOTS = [
  "responses",
  "conversations",
  "models",
  "files",
  "vector_stores",
] as const;

const roots: ReadonlySet<string> = new Set(PROXIED_ROOTS);

/** Beyond the roots, one read-only path: a container file's bytes, which container_file_citation annotations point at. */
function isContainerFileContent(
  segments: readonly string[],
  method: string,
): boolean {
  return (
    method === "GET" &&
    segments.length === 5 &&
    segments[0] === "containers" &&
    segments[2] === "files" &&
    segments[4] === "content"
  );
}

/** Percent-encoded separators and dots smuggle traversal past routing, so they are refused outright. */
const encodedTraversal = /%(?:2f|5c|2e|25)/i;

const notAllowed = (message: string) =>
  playgroundError(404, "path_not_allowed", message);

function isSafeSegment(segment: string): boolean {
  if (segment === "" || segment === "." || segment === "..") return false;
  // Printable ASCII without separators, escapes or whitespace: every id and model name the API uses fits.
  return /^[!-~]+$/.test(segment) && !/[/\\%?#]/.test(segment);
}

/** Percent-encodes a segment but keeps the characters a path segment may hold as they are (e.g. `llama3.2:latest`). */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /%(3A|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/g,
    (escape) => decodeURIComponent(escape),
  );
}

/**
 * Checks the catch-all segments (and the raw URL path, which routing may have normalised) and returns the upstream
 * path after `/v1/`, e.g. `responses/resp_1/input_items`; anything else is a 404.
 */
export function resolveProxyPath(
  segments: readonly string[],
  rawPath: string,
  method: string,
): string {
  if (
    encodedTraversal.test(rawPath) ||
    rawPath.includes("\\") ||
    rawPath.split("/").some((part) => part === "..")
  ) {
    throw notAllowed("The path is not allowed.");
  }
  if (!segments.every(isSafeSegment))
    throw notAllowed("The path is not allowed.");
  const path = segments.join("/");
  if (
    !roots.has(segments[0] ?? "") &&
    !isContainerFileContent(segments, method)
  ) {
    throw notAllowed(
      `The proxy forwards only /v1/${PROXIED_ROOTS.join(", /v1/")} and their sub-paths, and GET /v1/containers/{id}/files/{file_id}/content; ${method} /v1/${path} is not one of them.`,
    );
  }
  return segments.map(encodeSegment).join("/");
}
