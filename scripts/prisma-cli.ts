import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");

/** Runs the Prisma CLI against the given database and resolves when it succeeds. */
export function runPrisma(args: string[], databaseUrl: string, options: { quiet?: boolean; cwd?: string } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules", ".bin", "prisma"), args, {
      cwd: options.cwd ?? root,
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        // Stops the 6.19 CLI from falling back to the native engine it would
        // download; see prisma/migrate-adapter.ts.
        PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? "/bin/false",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma ${args.join(" ")} failed (exit ${code})\n${output}`)),
    );
  });
}
