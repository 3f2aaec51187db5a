import { useSyncExternalStore } from "react";

type Checker = (schema: Record<string, unknown>) => string | null;

// ajv and its meta-schemas stay out of the first load: they load the first time a schema is checked.
let checker: Checker | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Loads the JSON Schema checker (ajv) once; components re-render through {@link useJsonSchemaChecker}. */
export function loadJsonSchemaChecker(): Promise<void> {
  loading ??= import("./json-schema-ajv").then((module) => {
    checker = module.jsonSchemaProblem;
    for (const listener of listeners) listener();
  });
  return loading;
}

/**
 * Whether `schema` is a valid JSON Schema, in words when it is not. Until the checker has loaded it
 * starts loading and answers null: the upstream still validates what is sent.
 */
export function jsonSchemaProblem(
  schema: Record<string, unknown>,
): string | null {
  if (checker) return checker(schema);
  void loadJsonSchemaChecker();
  return null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once the checker has loaded; a dependency for memoized checks so they run again when it arrives. */
export function useJsonSchemaChecker(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => checker !== null,
    () => false,
  );
}
