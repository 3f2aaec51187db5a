import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Runs `script` with python3 on a UTF-8 temp file holding `source`, passed as argv[1]; returns stdout. */
export function runPython(script: string, source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "request-py-"));
  try {
    const file = join(dir, "source.py");
    writeFileSync(file, source, "utf8");
    return execFileSync("python3", ["-c", script, file], {
      encoding: "utf8",
      env: { ...process.env, PYTHONIOENCODING: "utf-8" },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Parses the file as a Python expression and prints it back as JSON, proving it is a valid literal. */
export const LITERAL_TO_JSON = `
import ast, json, sys
print(json.dumps(ast.literal_eval(open(sys.argv[1], encoding="utf-8").read())))
`;

/** Parses the file as a Python module and prints the keyword arguments of its `.create(...)` call as JSON. */
export const CREATE_KWARGS_TO_JSON = `
import ast, json, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "create"]
assert len(calls) == 1, "expected one create call"
out = {}
for kw in calls[0].keywords:
    value = ast.literal_eval(kw.value)
    if kw.arg == "extra_body":
        out.update(value)
    else:
        out[kw.arg] = value
print(json.dumps(out))
`;
