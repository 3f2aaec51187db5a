"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Playground" },
  { href: "/responses", label: "Responses" },
  { href: "/conversations", label: "Conversations" },
] as const;

function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname.startsWith(href);
}

export function MainNav() {
  const pathname = usePathname();
  return (
    <nav
      aria-label="Main"
      className="flex min-w-0 items-center gap-1 text-sm whitespace-nowrap max-sm:order-last max-sm:-mx-2 max-sm:w-full max-sm:pb-2"
    >
      {LINKS.map(({ href, label }) => {
        const active = isActive(pathname, href);
        return (
          <Link
            key={href}
            href={href}
            // The history pages' code (Dexie, the tables) loads on click, not with every page's first load.
            prefetch={false}
            aria-current={active ? "page" : undefined}
            className={
              active
                ? "rounded-md bg-zinc-800/80 px-2.5 py-1 text-zinc-100"
                : "rounded-md px-2.5 py-1 text-zinc-400 transition-colors hover:bg-zinc-900 hover:text-zinc-200"
            }
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
