import type { ValidateFunction } from "ajv";

/** The request validators of openapi-validators.js, which `npm run generate:validators` writes, by validator name. */
declare const validators: Readonly<
  Record<string, ValidateFunction | undefined>
>;
export default validators;
