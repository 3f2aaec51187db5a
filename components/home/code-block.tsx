export function CodeBlock({ title, code }: { title: string; code: string }) {
  return (
    <figure className="overflow-hidden rounded-lg border border-zinc-800 bg-zinc-900/60">
      <figcaption className="border-b border-zinc-800 px-4 py-2 font-mono text-xs text-zinc-400">
        {title}
      </figcaption>
      <pre className="overflow-x-auto p-4 font-mono text-[13px] leading-6 text-zinc-200">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
