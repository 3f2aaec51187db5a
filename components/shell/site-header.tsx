import Link from "next/link";
import { EngineStatus } from "./engine-status";
import { MainNav } from "./main-nav";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-10 border-b border-zinc-800 bg-zinc-950/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-4">
        <Link
          href="/"
          className="flex items-center gap-2 text-sm font-semibold tracking-tight text-zinc-100"
        >
          <span
            aria-hidden="true"
            className="grid size-6 place-items-center rounded-md bg-emerald-500/15 font-mono text-xs text-emerald-400 ring-1 ring-emerald-500/30"
          >
            R
          </span>
          Responses Playground
        </Link>
        <MainNav />
        <div className="ml-auto flex items-center gap-3 text-xs">
          <p className="hidden items-center gap-1.5 rounded-md border border-zinc-800 px-2 py-1 text-zinc-400 sm:flex">
            <span className="text-zinc-500">Upstream</span>
            <span className="font-medium text-zinc-200">Local engine</span>
          </p>
          <EngineStatus />
        </div>
      </div>
    </header>
  );
}
