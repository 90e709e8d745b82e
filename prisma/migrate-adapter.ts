/**
 * The driver adapter used only by the Prisma CLI (migrate, db pull, seed).
 *
 * Prisma 6.19's WebAssembly schema engine talks to PostgreSQL through a driver
 * adapter. @prisma/adapter-pg 6.19.3 has defects that break the CLI, each worked
 * around here. The application's own client uses the plain adapter (lib/db.ts).
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";

const OID_CHAR = 18;
const OID_NAME = 19;
const OID_TEXT = 25;

type Queryable = SqlDriverAdapter | Transaction;
type PgResult = { fields: { dataTypeID: number }[]; rows: unknown[][] };
type Internals = {
  performIO(query: SqlQuery): Promise<PgResult>;
  onError(error: unknown): never;
};

/**
 * Workarounds 1 and 2: the adapter cannot map the catalog types `name`
 * (prisma/orm#27403) and `"char"`, whose columns must reach the engine as
 * Character or `db pull` panics (prisma/orm#29635). Both are handed to the
 * adapter's own mapping as text, and "char" columns are then retyped.
 */
function mapCatalogTypes<T extends Queryable>(queryable: T): T {
  const internals = queryable as unknown as Internals;
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async (query: SqlQuery): Promise<SqlResultSet> => {
    const result = await internals.performIO(query);
    const charColumns: number[] = [];
    const fields = result.fields.map((field, index) => {
      if (field.dataTypeID === OID_CHAR) charColumns.push(index);
      if (field.dataTypeID === OID_CHAR || field.dataTypeID === OID_NAME) {
        return { ...field, dataTypeID: OID_TEXT };
      }
      return field;
    });
    const view = Object.create(queryable, {
      performIO: { value: async () => ({ ...result, fields }) },
    });
    const mapped = await queryRaw.call(view, query);
    for (const index of charColumns) mapped.columnTypes[index] = ColumnTypeEnum.Character;
    return mapped;
  };
  return queryable;
}

function patchAdapter(adapter: SqlDriverAdapter, pool: pg.Pool, onDispose?: () => Promise<void>) {
  mapCatalogTypes(adapter);
  const internals = adapter as unknown as Internals;

  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) =>
    mapCatalogTypes(await startTransaction(isolationLevel));

  // Workaround 3: executeScript splits the script on every ";", also inside
  // quoted strings and $$ bodies. Run the whole script as one simple-protocol
  // query, as the native schema engine does.
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };

  if (onDispose) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await onDispose();
    };
  }
  return adapter;
}

function withDatabase(connectionString: string, database: string) {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function migrateAdapterFactory(connectionString: string): SqlMigrationAwareDriverAdapterFactory {
  // Workaround 5: the CLI never disposes its pool; let the process exit when idle.
  const poolConfig = (url: string): pg.PoolConfig => ({ connectionString: url, allowExitOnIdle: true });

  const open = async (url: string, onDispose?: () => Promise<void>) => {
    const factory = new PrismaPg(poolConfig(url));
    const adapter = await factory.connect();
    return patchAdapter(adapter, adapter.underlyingDriver() as pg.Pool, onDispose);
  };

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => open(connectionString),
    // Workaround 4: the upstream shadow database connection ends up on the main
    // database (the connection string wins over the database name), so the
    // second `migrate dev` fails with P3006. Create a uniquely named database,
    // connect to it by URL and drop it on dispose.
    connectToShadowDb: async () => {
      const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client({ connectionString });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      return open(withDatabase(connectionString, name), async () => {
        const dropper = new pg.Client({ connectionString });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      });
    },
  };
}
