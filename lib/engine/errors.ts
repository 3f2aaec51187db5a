import { ApiError } from "@/lib/api/api-error";

export function invalidRequest(
  message: string,
  param: string | null = null,
  code: string | null = null,
) {
  return new ApiError(400, message, { param, code });
}

export function notFound(message: string, param: string | null = null) {
  return new ApiError(404, message, {
    type: "invalid_request_error",
    param,
    code: null,
  });
}
