import { join } from "node:path";
import ts from "typescript";

/**
 * Type-checks each source as its own module beside this file, so `openai` and `@types/node` resolve
 * from the project; one program for all, because loading the SDK's types dominates the time.
 * Returns each module's diagnostics as text (empty when it compiles).
 */
export function typecheckModules(sources: readonly string[]): string[][] {
  const files = new Map(
    sources.map((source, index) => [
      join(__dirname, `__generated-${index}__.ts`),
      source,
    ]),
  );
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    esModuleInterop: true,
    lib: ["lib.es2022.d.ts"],
    types: ["node"],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => files.has(file) || ts.sys.fileExists(file);
  host.readFile = (file) => files.get(file) ?? readFile(file);
  host.getSourceFile = (file, language, ...rest) => {
    const source = files.get(file);
    return source === undefined
      ? getSourceFile(file, language, ...rest)
      : ts.createSourceFile(file, source, language, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return [...files.keys()].map((file) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(file))
      .map((diagnostic) =>
        ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
      ),
  );
}
