import * as z from "zod/mini";

/** The API's `{error:{message,type,param,code}}`. */
export const envelopeSchema = z.object({
  error: z.object({
    message: z.string(),
    type: z.nullish(z.string()),
    code: z.nullish(z.union([z.string(), z.number()])),
    param: z.nullish(z.string()),
  }),
});
