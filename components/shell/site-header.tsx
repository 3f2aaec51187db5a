import Link from "next/link";
import { ActiveUpstream } from "./active-upstream";
import { EngineStatus } from "./engine-status";
import { MainNav } from "./main-nav";
import { SignOutForm } from "./sign-out-form";

export function SiteHeader() {
  return (
    <header className="shrink-0 border-b border-zinc-800 bg-zinc-950/90 backdrop-blur">
      {/* On a phone the navigation takes a row of its own under the mark and the engine's status, so it never scrolls. */}
      <div className="flex flex-wrap items-center gap-x-3 px-4 sm:h-12 sm:flex-nowrap sm:gap-x-6">
        <Link
          href="/"
          className="flex h-12 shrink-0 items-center gap-2 text-sm font-semibold tracking-tight whitespace-nowrap text-zinc-100"
        >
          <span
            aria-hidden="true"
            className="grid size-6 place-items-center rounded-md bg-emerald-500/15 font-mono text-xs text-emerald-400 ring-1 ring-emerald-500/30"
          >
            R
          </span>
          {/* Below 768 px the mark stands alone, leaving the row to the navigation and the engine's status; the name stays the link's. */}
          <span className="max-md:sr-only">Responses Playground</span>
        </Link>
        <MainNav />
        <div className="flex min-w-0 flex-1 items-center justify-end gap-3 text-xs whitespace-nowrap">
          <ActiveUpstream />
          <EngineStatus />
          <SignOutForm />
        </div>
      </div>
    </header>
  );
}
