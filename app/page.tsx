import { FeatureGrid } from "@/components/home/feature-grid";
import { SdkSnippets } from "@/components/home/sdk-snippets";

export default function HomePage() {
  return (
    <main className="mx-auto flex w-full max-w-6xl flex-1 flex-col gap-12 px-4 py-12">
      <section className="flex flex-col gap-4">
        <p className="font-mono text-xs tracking-widest text-emerald-400 uppercase">
          OpenAI Responses API
        </p>
        <h1 className="max-w-3xl text-4xl font-semibold tracking-tight text-zinc-50">
          Responses Playground
        </h1>
        <p className="max-w-2xl text-base leading-7 text-zinc-400">
          A playground, proxy and local engine for the Responses API and every
          server that speaks it. The interactive playground is coming next; the
          local engine already answers at{" "}
          <code className="font-mono text-zinc-200">/v1</code>.
        </p>
      </section>
      <FeatureGrid />
      <SdkSnippets />
    </main>
  );
}
