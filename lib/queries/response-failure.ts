import type { RequestFailure } from "@/lib/api/error-envelope";

/** Why a stored response could not be shown. */
export type ResponseFailureKind =
  "not_found" | "not_stored" | "unreachable" | "unknown_upstream" | "other";

export interface ResponseFailureText {
  kind: ResponseFailureKind;
  title: string;
  detail: string;
}

/**
 * Explains a failed `GET /responses/{id}` in words. An API error envelope on a 404 means the server
 * knows the endpoint but not the id; a bare 404, a 405, 400 or 501 means it does not store responses
 * at all (the stateless local servers answer so).
 */
export function describeResponseFailure(
  failure: RequestFailure,
  id: string,
  upstream: string,
): ResponseFailureText {
  const { status, code, message } = failure;
  if (code === "upstream_not_found")
    return {
      kind: "unknown_upstream",
      title: `There is no upstream named “${upstream}”.`,
      detail: message,
    };
  if (status === null || status === 502 || status === 504)
    return {
      kind: "unreachable",
      title: `The upstream “${upstream}” could not be reached.`,
      detail: message,
    };
  if (status === 404 && failure.type !== null && code !== "path_not_allowed")
    return {
      kind: "not_found",
      title: `Response ${id} was not found on “${upstream}”.`,
      detail: `It was deleted, it was created with store: false, or the id is wrong. The server said: ${message}`,
    };
  if (status === 404 || status === 405 || status === 400 || status === 501)
    return {
      kind: "not_stored",
      title: `The upstream “${upstream}” does not store responses.`,
      detail: `This server does not store responses, so there is nothing to retrieve by id. It answered: ${message}`,
    };
  return {
    kind: "other",
    title: `Response ${id} could not be loaded from “${upstream}”.`,
    detail: message,
  };
}
