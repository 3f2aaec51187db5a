import { CodeBlock } from "./code-block";

const BASE_URL = "http://localhost:3000/v1";

const SNIPPETS = [
  {
    title: "TypeScript · openai",
    code: `import OpenAI from "openai";

const client = new OpenAI({
  baseURL: "${BASE_URL}",
  apiKey: "local", // any value works
});

const response = await client.responses.create({
  model: "local-echo",
  input: "Hello, engine!",
});
console.log(response.output_text);`,
  },
  {
    title: "Python · openai",
    code: `from openai import OpenAI

client = OpenAI(
    base_url="${BASE_URL}",
    api_key="local",  # any value works
)

response = client.responses.create(
    model="local-echo",
    input="Hello, engine!",
)
print(response.output_text)`,
  },
  {
    title: "curl",
    code: `curl ${BASE_URL}/responses \\
  -H "Content-Type: application/json" \\
  -d '{"model": "local-echo", "input": "Hello, engine!"}'`,
  },
];

export function SdkSnippets() {
  return (
    <section aria-labelledby="sdk-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="sdk-heading" className="text-lg font-semibold text-zinc-100">
          Point any OpenAI SDK at the local engine
        </h2>
        <p className="mt-1 text-sm text-zinc-400">
          Set the base URL to{" "}
          <code className="rounded bg-zinc-800 px-1.5 py-0.5 font-mono text-[0.85em] text-emerald-300">
            {BASE_URL}
          </code>
          ; any API key works. Responses are stored in SQLite and can be
          retrieved, chained and streamed like the real API.
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {SNIPPETS.map((snippet) => (
          <CodeBlock key={snippet.title} {...snippet} />
        ))}
      </div>
    </section>
  );
}
