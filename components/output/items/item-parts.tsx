"use client";

import { Download } from "lucide-react";
import Image from "next/image";
import { useState, type ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { clsx } from "clsx";
import { downloadThroughProxy } from "@/lib/api/download-file";
import { useApiKeyStore } from "@/lib/stores/api-key-store";
import { useItemUpstream } from "../item-context";

/** A labelled row of an item's details. */
export function Field({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-2 text-xs">
      <span className="text-zinc-500">{label}</span>
      <span className="min-w-0 text-zinc-300">{children}</span>
    </div>
  );
}

/** A tool call's name and call_id, the line that ties it to its output. */
export function CallLine({ name, callId }: { name?: string; callId: string }) {
  return (
    <p className="font-mono text-xs text-zinc-400">
      {name ? <span className="text-violet-300">{name}</span> : null}
      {name ? <span className="text-zinc-500"> · </span> : null}
      {callId}
    </p>
  );
}

/** Plain preformatted text: logs, stdout, tool output. */
export function TextBlock({
  text,
  label,
  tone = "plain",
}: {
  text: string;
  label: string;
  tone?: "plain" | "error";
}) {
  return (
    <pre
      aria-label={label}
      className={clsx(
        "max-h-80 overflow-auto rounded-md border px-2 py-1.5 font-mono text-xs whitespace-pre-wrap",
        tone === "error"
          ? "border-rose-500/30 bg-rose-500/5 text-rose-200"
          : "border-zinc-800 bg-zinc-950/60 text-zinc-300",
      )}
    >
      {text}
    </pre>
  );
}

/** A note in words where a field is absent or still to come. */
export function Note({ children }: { children: ReactNode }) {
  return <p className="text-xs text-zinc-500">{children}</p>;
}

/** An image the output carries (a data URL or a URL), with a link that saves it as `filename`. */
export function OutputImage({
  src,
  alt,
  filename,
  thumbnail = false,
  className,
}: {
  src: string;
  alt: string;
  filename?: string;
  /** A small preview (one of several partial images) instead of the full image. */
  thumbnail?: boolean;
  className?: string;
}) {
  return (
    <figure className="flex flex-col items-start gap-1">
      {/* Unoptimized: the bytes are a data URL or the upstream's own URL, and their size is not known ahead. */}
      <Image
        src={src}
        alt={alt}
        unoptimized
        width={0}
        height={0}
        className={clsx(
          "h-auto w-auto max-w-full rounded-md border border-zinc-800 bg-zinc-950 object-contain",
          thumbnail ? "max-h-20" : "max-h-96",
          className,
        )}
      />
      {filename ? (
        <a
          href={src}
          download={filename}
          className={buttonVariants({ variant: "ghost", size: "sm" })}
        >
          <Download /> Download image
        </a>
      ) : null}
    </figure>
  );
}

/** A file the upstream holds, downloaded through the proxy on demand; without a known upstream, just its name. */
export function ProxyFileButton({
  path,
  filename,
  label,
}: {
  path: string;
  filename: string;
  label: string;
}) {
  const upstream = useItemUpstream();
  const apiKey = useApiKeyStore((state) =>
    upstream === null ? null : (state.keys[upstream] ?? null),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (upstream === null) {
    return (
      <span className="rounded bg-zinc-800 px-1.5 py-0.5 font-mono text-[11px] text-zinc-300">
        {filename}
      </span>
    );
  }
  async function download(from: string) {
    setBusy(true);
    setProblem(null);
    try {
      await downloadThroughProxy({ upstream: from, path, filename, apiKey });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <button
        type="button"
        disabled={busy}
        title={`GET /v1/${path}`}
        onClick={() => void download(upstream)}
        className={clsx(
          buttonVariants({ variant: "secondary", size: "xs" }),
          "font-mono",
        )}
      >
        <Download /> {label}
      </button>
      {problem ? (
        <span role="alert" className="text-[11px] text-rose-300">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
