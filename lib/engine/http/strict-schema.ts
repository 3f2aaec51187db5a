import { invalidRequest, notFound } from "../errors";
import { strictSchemaProblem } from "@/lib/protocol/strict-schema";
import type { CreateRequest } from "./create-request-schema";
import { checkMessageParts } from "./message-parts";

/**
 * Rules of a create request the schema cannot state: stream options need a stream, messages hold their own
 * side's parts, strict schemas must be strict-valid, and prompts must exist.
 */
export function checkCreateRules(body: CreateRequest): void {
  // The API's words, as client authors measured them against the live endpoint.
  if (body.stream_options != null && body.stream !== true)
    throw invalidRequest(
      "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      "stream_options",
    );
  checkMessageParts(body.input, "input");
  (body.tools ?? []).forEach((tool, index) => {
    if (tool.type !== "function" || tool.strict !== true) return;
    const problem = strictSchemaProblem(tool.parameters ?? {}, {
      addsAdditionalProperties: true,
    });
    if (problem)
      throw invalidRequest(
        `Invalid schema for function '${String(tool.name)}': ${problem}`,
        `tools[${index}].parameters`,
        "invalid_function_parameters",
      );
  });
  const format = body.text?.format;
  if (format?.type === "json_schema" && format.strict === true) {
    const problem = strictSchemaProblem(format.schema);
    if (problem)
      throw invalidRequest(
        `Invalid schema for response_format '${format.name}': ${problem}`,
        "text.format.schema",
        "invalid_json_schema",
      );
  }
  // The local engine stores no prompts, so every prompt id is unknown to it.
  if (body.prompt)
    throw notFound(
      `Prompt with id '${String(body.prompt.id)}' not found.`,
      "prompt.id",
    );
}
