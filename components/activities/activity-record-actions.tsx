"use client";

/**
 * Edit, duplicate, retire and delete, on an activity's page. Only rendered for
 * members who may edit; the actions check the role again themselves.
 */
import { useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActivityStatus } from "@prisma/client";
import { deleteActivityAction, duplicateActivityAction, retireActivityAction } from "@/lib/activities/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { Button, buttonClassName } from "@/components/ui/button";
import { MessageText } from "@/components/ui/message-text";

export function ActivityRecordActions({ id, version, reference, status }: { id: string; version: number; reference: string; status: ActivityStatus }) {
  const t = useTranslations("activityRecord.actions");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<ActionState>({});
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionState>) =>
    startTransition(async () => {
      setState(await action());
    });

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        <Link href={`/activities/${id}/edit`} className={buttonClassName({ variant: "primary" })}>
          {t("edit")}
        </Link>
        <Button disabled={pending} onClick={() => run(() => duplicateActivityAction(id))}>
          {t("duplicate")}
        </Button>
        {status !== "RETIRED" ? (
          <Button disabled={pending} onClick={() => run(() => retireActivityAction(id, version))}>
            {t("retire")}
          </Button>
        ) : null}
        <button
          type="button"
          disabled={pending}
          onClick={() => dialogRef.current?.showModal()}
          className="inline-flex h-9 items-center rounded-md px-3.5 text-sm font-medium text-red-700 hover:bg-red-50 hover:text-red-800 disabled:opacity-60"
        >
          {t("delete")}
        </button>
      </div>
      {state.formError ? (
        <p role="alert" className="max-w-md text-right text-sm text-red-700">
          <MessageText text={state.formError} /> {t("reload")}
        </p>
      ) : null}
      {state.message ? (
        <p role="status" className="text-sm text-emerald-800">
          <MessageText text={state.message} />
        </p>
      ) : null}
      <dialog
        ref={dialogRef}
        aria-labelledby="delete-activity-title"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="px-4 py-4">
          <h2 id="delete-activity-title" className="text-base font-semibold text-slate-900">
            {t("deleteTitle", { reference })}
          </h2>
          <p className="mt-2 text-sm text-slate-700">
            {t("deleteBody")}
          </p>
        </div>
        <div className="flex justify-end gap-2 border-t border-slate-200 bg-slate-50 px-4 py-3">
          <Button onClick={() => dialogRef.current?.close()} autoFocus>
            {t("cancel")}
          </Button>
          <button
            type="button"
            className="inline-flex h-9 items-center rounded-md bg-red-700 px-3.5 text-sm font-medium text-white shadow-sm hover:bg-red-800 disabled:opacity-60"
            disabled={pending}
            onClick={() =>
              run(async () => {
                const result = await deleteActivityAction(id);
                dialogRef.current?.close();
                return result;
              })
            }
          >
            {pending ? t("deleting") : t("deleteActivity")}
          </button>
        </div>
      </dialog>
    </div>
  );
}
