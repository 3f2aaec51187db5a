import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitUntilServing } from "./child-server";
import { stopChild, stopOnExit } from "./stop-child";

/** A proxy written in C that the bench measures beside the app's when it is installed, in its own process. */
export interface ProductionProxy {
  /** Its name and version, as printed. */
  name: string;
  origin: string;
  /** Its process; nginx's worker is a child of it. */
  pid: number;
  stop(): Promise<void>;
}

/** Bytes a proxy reads from the upstream at a time: the byte relay's and the app's read buffer. */
const BUFFER_BYTES = 256 * 1024;

/**
 * nginx as a streaming reverse proxy: one worker, as the app's server is one thread; keep-alive to the
 * upstream; each answer passed on as it is read (`proxy_buffering off`) through a buffer the relay's size.
 */
function nginxConfig(dir: string, port: number, upstream: URL): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr error;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  keepalive_requests 1000000;
  upstream firehose { server ${upstream.host}; keepalive 64; keepalive_requests 1000000; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://firehose;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering off;
      proxy_buffer_size ${BUFFER_BYTES};
      # Unused while unbuffered, but nginx checks them against the buffer size.
      proxy_buffers 4 ${BUFFER_BYTES};
      proxy_busy_buffers_size ${2 * BUFFER_BYTES};
    }
  }
}
`;
}

/** haproxy in HTTP mode with one thread, connections to the upstream reused, buffers the relay's size. */
function haproxyConfig(_dir: string, port: number, upstream: URL): string {
  return `global
  nbthread 1
  maxconn 1000
  tune.bufsize ${BUFFER_BYTES}
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
  option http-keep-alive
frontend bench
  bind 127.0.0.1:${port}
  default_backend firehose
backend firehose
  http-reuse always
  server firehose ${upstream.host}
`;
}

/** Where `program` is installed (Debian keeps both in /usr/sbin, outside a user's PATH) and its version, or null. */
function installed(program: string): { path: string; version: string } | null {
  for (const path of [program, `/usr/sbin/${program}`]) {
    const run = spawnSync(path, ["-v"], { encoding: "utf8" });
    if (run.error) continue;
    const version = /\d+\.\d+\.\d+/.exec(`${run.stdout}${run.stderr}`)?.[0];
    return { path, version: version ?? "(version unknown)" };
  }
  return null;
}

async function startProgram(
  name: string,
  program: string,
  args: string[],
  port: number,
): Promise<ProductionProxy> {
  // Its errors (a config it refuses, a port taken) go to the bench's own stderr, as the other servers' do.
  const child = stopOnExit(
    spawn(program, args, { stdio: ["ignore", "ignore", "inherit"] }),
  );
  // Any answer will do: the proxy passes `/` to the firehose, which refuses it.
  await waitUntilServing(`http://127.0.0.1:${port}/`, child, name);
  return {
    name,
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid as number,
    stop: () => stopChild(child),
  };
}

/** The proxies measured, in the order of the ports they are given: each one's config and command line. */
const PROGRAMS = [
  {
    program: "nginx",
    file: "nginx.conf",
    config: nginxConfig,
    // `-e stderr`: nginx opens its default error log before reading the config, which a user may not write.
    args: (config: string) => [
      "-e",
      "stderr",
      "-c",
      config,
      "-g",
      "daemon off;",
    ],
  },
  {
    program: "haproxy",
    file: "haproxy.cfg",
    config: haproxyConfig,
    args: (config: string) => ["-f", config, "-db", "-q"],
  },
] as const;

/**
 * nginx and haproxy, those of them installed (`apt-get install nginx-light haproxy`), proxying to
 * `upstreamOrigin` on the ports given: what the fastest proxies in common use pass on this machine.
 */
export async function startProductionProxies(
  upstreamOrigin: string,
  ports: readonly [number, number],
): Promise<{ proxies: ProductionProxy[]; stop(): Promise<void> }> {
  const upstream = new URL(upstreamOrigin);
  const dir = mkdtempSync(join(tmpdir(), "bench-proxies-"));
  const proxies: ProductionProxy[] = [];
  const stop = async () => {
    for (const proxy of proxies) await proxy.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const [index, { program, file, config, args }] of PROGRAMS.entries()) {
      const found = installed(program);
      if (!found) continue;
      const port = ports[index] as number;
      const path = join(dir, file);
      writeFileSync(path, config(dir, port, upstream));
      proxies.push(
        await startProgram(
          `${program} ${found.version}`,
          found.path,
          args(path),
          port,
        ),
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { proxies, stop };
}
