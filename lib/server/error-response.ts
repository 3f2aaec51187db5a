import { errorReply, playgroundError } from "@/lib/api/api-error";
import { toWebResponse, type ApiReply } from "@/lib/api/api-reply";

/** Any thrown value as an envelope; an unexpected error becomes a generic 500 so no stack trace or secret reaches a client. */
export function internalErrorReply(error: unknown): ApiReply {
  return errorReply(error, () =>
    playgroundError(
      500,
      "internal_error",
      "The playground server hit an internal error.",
    ),
  );
}

/** {@link internalErrorReply} as the Web `Response` a route returns. */
export function errorToResponse(error: unknown): Response {
  return toWebResponse(internalErrorReply(error));
}
