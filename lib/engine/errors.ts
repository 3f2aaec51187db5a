/** The four kinds of error the API's envelope distinguishes. */
export type EngineErrorType =
  | "invalid_request_error"
  | "not_found_error"
  | "server_error"
  | "rate_limit_error";

/** An error the engine answers with, in the API's envelope `{error:{message,type,param,code}}`. */
export class EngineError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly options: {
      type?: EngineErrorType;
      param?: string | null;
      code?: string | null;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = "EngineError";
  }

  get type(): EngineErrorType {
    return (
      this.options.type ??
      (this.status >= 500 ? "server_error" : "invalid_request_error")
    );
  }

  toBody() {
    return {
      error: {
        message: this.message,
        type: this.type,
        param: this.options.param ?? null,
        code: this.options.code ?? null,
      },
    };
  }
}

export function invalidRequest(
  message: string,
  param: string | null = null,
  code: string | null = null,
) {
  return new EngineError(400, message, { param, code });
}

export function notFound(message: string, param: string | null = null) {
  return new EngineError(404, message, {
    type: "invalid_request_error",
    param,
    code: null,
  });
}
