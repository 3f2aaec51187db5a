import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Not found · Responses Playground",
};

const PAGES = [
  { href: "/", label: "Playground" },
  { href: "/responses", label: "Responses" },
  { href: "/conversations", label: "Conversations" },
];

/** Any path the app does not serve, in the app's own look rather than Next's white default page. */
export default function NotFound() {
  return (
    <main className="flex flex-1 flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="font-mono text-xs text-zinc-500">404</p>
      <h1 className="text-lg font-semibold text-zinc-100">
        This page does not exist
      </h1>
      <p className="max-w-md text-sm text-zinc-400">
        Check the address, or go on from one of these pages.
      </p>
      <nav aria-label="Pages" className="flex gap-4 text-sm">
        {PAGES.map(({ href, label }) => (
          <Link key={href} href={href} className="text-sky-300 hover:underline">
            {label}
          </Link>
        ))}
      </nav>
    </main>
  );
}
