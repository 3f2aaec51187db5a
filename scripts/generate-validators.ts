/**
 * Compiles the engine's request validators from the spec into lib/engine/spec/openapi-validators.js.
 * Run it after changing openapi-responses.json, spec-patches.ts or schema-transform.ts; a unit test
 * fails until the file is current. Usage: npm run generate:validators
 */
import fs from "node:fs";
import path from "node:path";
import {
  validatorSource,
  validatorsFile,
} from "../lib/engine/spec/validator-source";

const target = path.join(
  import.meta.dirname,
  "../lib/engine/spec",
  validatorsFile,
);
fs.writeFileSync(target, validatorSource());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
