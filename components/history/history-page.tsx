import type { ReactNode } from "react";

/** The frame of the history pages: a heading, a line that says what the page is, then the content. */
export function HistoryPage({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <main className="flex min-h-0 flex-1 flex-col overflow-y-auto">
      <div className="mx-auto flex min-h-0 w-full max-w-7xl flex-1 flex-col gap-5 px-6 py-6">
        <header>
          <h1 className="text-xl font-semibold tracking-tight text-zinc-100">
            {title}
          </h1>
          <p className="mt-1 text-sm text-zinc-400">{description}</p>
        </header>
        {children}
      </div>
    </main>
  );
}
