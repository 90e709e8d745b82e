/**
 * Ids made by the application where a row's id must be known before it is
 * written: links written with createMany in one go, or an audit event whose
 * actor is the user created in the same transaction. Like Prisma's cuid(): a
 * "c" and 24 more characters, unguessable and URL-safe.
 */
import { randomBytes } from "node:crypto";

export const newId = () => `c${randomBytes(12).toString("hex")}`;
