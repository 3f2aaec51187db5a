import * as z from "zod/mini";

/** The event logs job-log-cache keeps in sessionStorage, by turn id. */
export const cachedLogsSchema = z.record(
  z.string(),
  z.array(
    z.object({
      event: z.nullable(z.string()),
      data: z.string(),
      at: z.number(),
    }),
  ),
);
