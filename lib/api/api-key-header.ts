/** The request header carrying a person's own key for one proxied request; the proxy turns it into the upstream's auth header and never forwards, logs or echoes it. */
export const PLAYGROUND_API_KEY_HEADER = "x-playground-api-key";
