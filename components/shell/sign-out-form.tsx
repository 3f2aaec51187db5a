"use client";

import { useQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
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
      <Button type="submit" variant="ghost" size="sm">
        Sign out
      </Button>
    </form>
  );
}
