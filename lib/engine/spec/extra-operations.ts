import type { Schema } from "./schema-transform";

/** The statuses `GET /v1/responses` filters by: every status a Response can have. */
export const listedStatuses = [
  "completed",
  "failed",
  "in_progress",
  "cancelled",
  "queued",
  "incomplete",
] as const;

const pageParameter = (name: string, schema: Schema) => ({
  in: "query",
  name,
  schema,
});

const pageParameters = [
  pageParameter("limit", { type: "integer" }),
  pageParameter("order", { type: "string", enum: ["asc", "desc"] }),
  pageParameter("after", { type: "string" }),
  // `metadata[key]=value`, OpenAPI's deepObject style.
  pageParameter("metadata", { $ref: "#/components/schemas/Metadata" }),
];

/** Operations the engine serves beyond the spec, as OpenAPI operations, so they are validated the same way. */
export const extraOperations: Record<string, Record<string, Schema>> = {
  "/responses": {
    get: {
      parameters: [
        ...pageParameters,
        pageParameter("model", { type: "string", minLength: 1 }),
        pageParameter("status", { type: "string", enum: listedStatuses }),
      ],
    },
  },
  "/conversations": { get: { parameters: pageParameters } },
};
