"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState, useSyncExternalStore } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { HighlightedCode } from "@/components/ui/highlighted-code";
import { TabList } from "@/components/ui/tab-list";
import { noSubscription } from "@/components/ui/use-hydrated";
import type { CodeLanguage } from "@/lib/highlight/highlighter";
import { upstreamsQuery } from "@/lib/queries/upstream-queries";
import { formatRequestBody } from "@/lib/request/build-request";
import { reportedProblems } from "@/lib/request/draft-problems";
import { exportCode, type ExportLanguage } from "@/lib/request/code-export";
import { exportTargetFor } from "@/lib/run/export-target";
import { nextRequest } from "@/lib/run/next-request";
import { useJsonSchemaChecker } from "@/lib/request/json-schema-check";
import { useComposerStore } from "@/lib/stores/composer-store";
import { useRunStore } from "@/lib/stores/run-store";
import { DraftProblemList } from "./draft-problem-list";

const views = [
  { id: "json", label: "JSON", language: "json" },
  { id: "curl", label: "curl", language: "shellscript" },
  { id: "python", label: "Python", language: "python" },
  { id: "typescript", label: "TypeScript", language: "typescript" },
] as const satisfies readonly {
  id: string;
  label: string;
  language: CodeLanguage;
}[];

type ViewId = (typeof views)[number]["id"];

/** The exact body Send will post, and the same request as curl, Python and TypeScript. */
export function RequestPanel() {
  const draft = useComposerStore((state) => state.draft);
  const turns = useRunStore((state) => state.turns);
  const toolOutputs = useRunStore((state) => state.toolOutputs);
  const callAnswers = useRunStore((state) => state.callAnswers);
  const threadOrigin = useRunStore((state) => state.origin);
  const approvals = useRunStore((state) => state.approvals);
  const upstreams = useQuery(upstreamsQuery());
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "http://localhost:3000",
  );
  const [view, setView] = useState<ViewId>("json");
  const checkerReady = useJsonSchemaChecker();
  const built = useMemo(
    () =>
      nextRequest(
        draft,
        turns,
        { toolOutputs, callAnswers, approvals },
        threadOrigin,
      ),
    // A json_schema format is checked again once the schema checker has loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      draft,
      turns,
      toolOutputs,
      callAnswers,
      approvals,
      threadOrigin,
      checkerReady,
    ],
  );
  const problems = reportedProblems(built.problems);
  const upstream = upstreams.data?.data.find(
    (entry) => entry.id === draft.upstream,
  );
  const current = views.find((entry) => entry.id === view) ?? views[0];
  const code =
    view === "json"
      ? formatRequestBody(built.body)
      : exportCode(
          built.body,
          exportTargetFor(
            upstream,
            origin,
            upstreams.data?.accessTokenRequired === true,
          ),
          view satisfies ExportLanguage,
        );
  return (
    <section aria-label="Request" className="flex min-h-0 flex-1 flex-col">
      <TabList
        label="Request format"
        tabs={views}
        value={view}
        onChange={setView}
        variant="pill"
        end={
          <div className="flex items-center gap-2">
            <Link
              href="/import"
              className="text-xs text-sky-300 hover:underline"
              title="Open a pasted request body or curl command in the composer"
            >
              Import…
            </Link>
            <CopyButton text={code} label={`Copy ${current.label}`} />
          </div>
        }
      />
      {problems.length > 0 ? (
        <DraftProblemList
          problems={problems}
          label="Left out of the request"
          className="border-b border-zinc-800 px-3 py-2 text-xs text-amber-300"
        />
      ) : null}
      <div
        role="tabpanel"
        aria-label={current.label}
        className="min-h-0 flex-1 overflow-auto p-3"
      >
        <HighlightedCode code={code} language={current.language} />
      </div>
    </section>
  );
}
