/** The codes of the errors the app's own API answers with (the proxy and the upstream list). */
export type ApiErrorCode =
  | "upstream_not_found"
  | "path_not_allowed"
  | "method_not_allowed"
  | "invalid_api_key_header"
  | "upstream_unreachable"
  | "upstream_timeout"
  | "client_closed_request"
  | "invalid_server_config"
  | "local_engine_off"
  | "internal_error";

/** The envelope types, the same the Responses API uses so one client parser reads both. */
export type ApiErrorType =
  "invalid_request_error" | "not_found_error" | "server_error";

export interface ApiErrorBody {
  error: {
    message: string;
    type: ApiErrorType;
    param: string | null;
    code: ApiErrorCode;
  };
}

/** An error of the app's own API, answered as `{error:{message,type,param,code}}`; its message is shown to people, so it never holds a key. */
export class ApiError extends Error {
  readonly type: ApiErrorType;
  readonly param: string | null;

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    options: { type?: ApiErrorType; param?: string | null } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.type =
      options.type ??
      (status >= 500 ? "server_error" : "invalid_request_error");
    this.param = options.param ?? null;
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        message: this.message,
        type: this.type,
        param: this.param,
        code: this.code,
      },
    };
  }
}

/** The one way the app's API turns an ApiError into a response. */
export function apiErrorResponse(error: ApiError): Response {
  return Response.json(error.toBody(), { status: error.status });
}

/** Any thrown value as an envelope; an unexpected error becomes a generic 500 so no stack trace or secret reaches a client. */
export function errorToResponse(error: unknown): Response {
  if (error instanceof ApiError) return apiErrorResponse(error);
  return apiErrorResponse(
    new ApiError(
      500,
      "internal_error",
      "The playground server hit an internal error.",
    ),
  );
}
