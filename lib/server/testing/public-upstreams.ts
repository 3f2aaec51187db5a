import type { PublicUpstream } from "../upstreams";

/** The local engine as listed when it is on: always keyed, the default. */
export const LISTED_LOCAL: PublicUpstream = {
  id: "local",
  label: "Local engine",
  kind: "local",
  hasKey: true,
  needsKey: false,
  isDefault: true,
  baseURL: "/v1",
};

/** OpenAI as listed with OPENAI_API_KEY set and no OPENAI_BASE_URL. */
export const LISTED_OPENAI: PublicUpstream = {
  id: "openai",
  label: "OpenAI",
  kind: "openai",
  hasKey: true,
  needsKey: true,
  isDefault: false,
  baseURL: "https://api.openai.com/v1",
};
