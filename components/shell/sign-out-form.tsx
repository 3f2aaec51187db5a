"use client";

import { useQuery } from "@tanstack/react-query";
import { SIGN_OUT_PATH } from "@/lib/api/access-paths";
import { upstreamsQuery } from "@/lib/queries/upstream-queries";
import { useApiKeyStore } from "@/lib/stores/api-key-store";

/**
 * A private playground's sign-out: a plain form, so the server clears the cookie and the page leaves with it.
 * Signing out is leaving, so the API keys typed in this tab go too.
 */
export function SignOutForm() {
  const upstreams = useQuery(upstreamsQuery());
  if (upstreams.data?.accessTokenRequired !== true) return null;
  return (
    <form
      method="post"
      action={SIGN_OUT_PATH}
      onSubmit={() => useApiKeyStore.setState({ keys: {} })}
    >
      <button
        type="submit"
        className="rounded-md px-2 py-1 text-zinc-400 hover:bg-zinc-900 hover:text-zinc-200"
      >
        Sign out
      </button>
    </form>
  );
}
