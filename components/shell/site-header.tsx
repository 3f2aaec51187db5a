import Link from "next/link";
import { ActiveUpstream } from "./active-upstream";
import { EngineStatus } from "./engine-status";
import { MainNav } from "./main-nav";
import { SignOutForm } from "./sign-out-form";

export function SiteHeader() {
  return (
    <header className="shrink-0 border-b border-zinc-800 bg-zinc-950/90 backdrop-blur">
      <div className="flex h-12 items-center gap-3 px-4 sm:gap-6">
        <Link
          href="/"
          className="flex shrink-0 items-center gap-2 text-sm font-semibold tracking-tight whitespace-nowrap text-zinc-100"
        >
          <span
            aria-hidden="true"
            className="grid size-6 place-items-center rounded-md bg-emerald-500/15 font-mono text-xs text-emerald-400 ring-1 ring-emerald-500/30"
          >
            R
          </span>
          {/* On a phone the mark stands alone; the name stays the link's. */}
          <span className="max-sm:sr-only">Responses Playground</span>
        </Link>
        <MainNav />
        <div className="ml-auto flex shrink-0 items-center gap-3 text-xs whitespace-nowrap">
          <ActiveUpstream />
          <EngineStatus />
          <SignOutForm />
        </div>
      </div>
    </header>
  );
}
