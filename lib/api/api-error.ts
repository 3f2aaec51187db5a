import { toWebResponse, type ApiReply } from "./api-reply";

/** The kinds of error the API's envelope distinguishes. */
export type ApiErrorType =
  | "invalid_request_error"
  | "not_found_error"
  | "server_error"
  | "rate_limit_error";

/** The codes of the errors the playground's own API answers with (the proxy and the upstream list). */
export type PlaygroundErrorCode =
  | "upstream_not_found"
  | "path_not_allowed"
  | "method_not_allowed"
  | "invalid_api_key_header"
  | "upstream_unreachable"
  | "upstream_timeout"
  | "client_closed_request"
  | "invalid_server_config"
  | "local_engine_off"
  | "access_token_required"
  | "access_token_attempts_exceeded"
  | "internal_error";

/** The envelope every non-2xx answer of the playground, its proxy and the local engine carries. */
export interface ApiErrorBody {
  error: {
    message: string;
    type: ApiErrorType;
    param: string | null;
    code: string | null;
  };
}

export interface ApiErrorOptions {
  type?: ApiErrorType;
  param?: string | null;
  code?: string | null;
  /** Extra response headers, such as `x-should-retry` or `allow`. */
  headers?: Record<string, string>;
}

/**
 * An error answered as `{error:{message,type,param,code}}` with its status, by the proxy and by the local
 * engine alike (no Next import, so the standalone engine bundles it); its message is shown to people, so it
 * never holds a key.
 */
export class ApiError extends Error {
  readonly type: ApiErrorType;
  readonly param: string | null;
  readonly code: string | null;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    readonly status: number,
    message: string,
    options: ApiErrorOptions = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.type =
      options.type ??
      (status >= 500 ? "server_error" : "invalid_request_error");
    this.param = options.param ?? null;
    this.code = options.code ?? null;
    this.headers = options.headers ?? {};
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

  toReply(): ApiReply {
    return {
      status: this.status,
      headers: { "content-type": "application/json", ...this.headers },
      body: JSON.stringify(this.toBody()),
    };
  }

  toResponse(): Response {
    return toWebResponse(this.toReply());
  }
}

/** An error of the playground's own API, whose code is one of the few it defines. */
export function playgroundError(
  status: number,
  code: PlaygroundErrorCode,
  message: string,
  options: Omit<ApiErrorOptions, "code"> = {},
): ApiError {
  return new ApiError(status, message, { ...options, code });
}

/** Any thrown value as an envelope: an ApiError as itself, anything else as what `unexpected` makes of it. */
export function errorReply(
  error: unknown,
  unexpected: (error: unknown) => ApiError,
): ApiReply {
  return (error instanceof ApiError ? error : unexpected(error)).toReply();
}
