/**
 * The HTTP server that `npm start` and `npm run dev` run (started by
 * scripts/start.ts): Next.js's own request handler behind a plain Node HTTP
 * server, for one reason. Only here is the socket known: before Next sees a
 * request, its client address is derived from the socket (and, behind
 * TRUSTED_PROXY_HOPS trusted proxies, from X-Forwarded-For counted from the
 * right) and written into a request header, overwriting any the client sent.
 * The sign-in limits read that header (lib/auth/client-address.ts).
 *
 *   tsx scripts/server.ts [--dev]     PORT from the environment (3000)
 */
import http from "node:http";
import path from "node:path";
import { CLIENT_ADDRESS_SERVER_FLAG, withClientAddress } from "../lib/auth/client-address";

async function main() {
  const dev = process.argv.includes("--dev");
  const port = Number(process.env.PORT ?? 3000);
  // What `next start` and `next dev` set; React and Next pick their builds by it.
  Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
  // Tells the application (lib/env.ts) that the header is this server's, not the client's.
  process.env[CLIENT_ADDRESS_SERVER_FLAG] = "1";
  // Imported after the environment is set: lib/env reads it once, Next at load.
  const { env } = await import("../lib/env");
  const { default: next } = await import("next");

  const app = next({ dev, dir: path.resolve(__dirname, ".."), hostname: "localhost", port });
  await app.prepare();
  // The webhook delivery worker runs beside the server (every instance may;
  // WEBHOOK_WORKER=false leaves it to others). It starts before the server
  // listens: it creates the queue's schema, which changes enqueue into.
  const { startWebhookWorker } = await import("../lib/webhooks/worker");
  const worker = env.WEBHOOK_WORKER && env.DATABASE_URL ? await startWebhookWorker({ connectionString: env.DATABASE_URL }) : null;
  const handle = app.getRequestHandler();
  const server = http.createServer(withClientAddress((request, response) => handle(request, response), env.TRUSTED_PROXY_HOPS));
  server.listen(port, () => console.log(`Ready on http://localhost:${port}`));

  const stop = () => {
    server.close();
    server.closeIdleConnections();
    void Promise.allSettled([app.close(), worker?.stop()]).finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
