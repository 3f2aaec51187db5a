const FEATURES = [
  {
    name: "Playground",
    status: "Coming next",
    description:
      "Compose a request with every parameter, stream it, and watch the output tree grow beside the raw event log.",
  },
  {
    name: "Proxy",
    status: "Planned",
    description:
      "Forward Responses calls to OpenAI, Azure, vLLM, Ollama and friends with a key that never leaves the server.",
  },
  {
    name: "Local engine",
    status: "Available",
    description:
      "A spec-faithful Responses API server with SQLite storage and deterministic models. No key, no network.",
  },
] as const;

const BADGE = {
  Available: "bg-emerald-500/10 text-emerald-300 ring-emerald-500/30",
  "Coming next": "bg-sky-500/10 text-sky-300 ring-sky-500/30",
  Planned: "bg-zinc-500/10 text-zinc-400 ring-zinc-500/30",
} as const;

export function FeatureGrid() {
  return (
    <ul className="grid gap-4 sm:grid-cols-3">
      {FEATURES.map((feature) => (
        <li
          key={feature.name}
          className="rounded-lg border border-zinc-800 bg-zinc-900/40 p-4"
        >
          <div className="flex items-center justify-between gap-2">
            <h3 className="text-sm font-semibold text-zinc-100">
              {feature.name}
            </h3>
            <span
              className={`rounded-full px-2 py-0.5 text-[11px] font-medium ring-1 ${BADGE[feature.status]}`}
            >
              {feature.status}
            </span>
          </div>
          <p className="mt-2 text-sm leading-6 text-zinc-400">
            {feature.description}
          </p>
        </li>
      ))}
    </ul>
  );
}
