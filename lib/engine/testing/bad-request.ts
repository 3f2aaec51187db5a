import OpenAI from "openai";
import { expect } from "vitest";

/** The 400 an SDK call raises, checked to be one. */
export async function badRequest(
  call: Promise<unknown>,
): Promise<InstanceType<typeof OpenAI.BadRequestError>> {
  const error = await call.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(OpenAI.BadRequestError);
  return error as InstanceType<typeof OpenAI.BadRequestError>;
}
