import Link from "next/link";
import type { RequestFailure } from "@/lib/api/error-envelope";
import { describeResponseFailure } from "@/lib/queries/response-failure";

/** Why a stored response cannot be shown, in words, with a way on. */
export function ResponseFailureMessage({
  failure,
  id,
  upstream,
}: {
  failure: RequestFailure;
  id: string;
  upstream: string;
}) {
  const text = describeResponseFailure(failure, id, upstream);
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-xl border border-rose-500/30 bg-rose-500/5 p-4"
    >
      <p className="font-medium text-rose-200">{text.title}</p>
      <p className="text-sm text-zinc-300">{text.detail}</p>
      <p className="flex gap-3 text-sm">
        <Link href="/responses" className="text-sky-300 hover:underline">
          Back to the history
        </Link>
        <Link href="/" className="text-sky-300 hover:underline">
          Open the playground
        </Link>
      </p>
    </div>
  );
}
