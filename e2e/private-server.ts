/** The third e2e server: the same build with PLAYGROUND_ACCESS_TOKEN set, for what a private deployment does. */
export const ACCESS_TOKEN = "e2e-private-playground-token";
export const PRIVATE_PORT_OFFSET = 200;
