"use client";

/**
 * A type-to-search picker following the ARIA combobox pattern (an input with
 * role="combobox" that controls a listbox; the active option is announced via
 * aria-activedescendant). Single or multiple selection; options may be grouped;
 * an optional "Create '…'" option hands the typed text to the caller.
 *
 * Keyboard: type to filter, ↓/↑ to move, Enter to choose, Escape to close,
 * Backspace in an empty multi picker removes the last choice.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { fieldClassName } from "./input";

type ComboboxOption = { value: string; label: string; group?: string; hint?: string };

type Common = {
  id: string;
  options: ComboboxOption[];
  placeholder?: string;
  /** Offered as "Create '…'" when the typed text matches no option. */
  onCreate?: (text: string) => void;
  createNoun?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  disabled?: boolean;
};

type Props =
  | (Common & { multiple?: false; value: string | null; onChange: (value: string | null) => void })
  | (Common & { multiple: true; value: string[]; onChange: (value: string[]) => void });

type Item = { kind: "option"; option: ComboboxOption } | { kind: "create"; text: string };

const normalise = (text: string) => text.toLocaleLowerCase().normalize("NFD").replace(/\p{Diacritic}/gu, "");

export function Combobox(props: Props) {
  const t = useTranslations("ui.combobox");
  const { id, options, placeholder, onCreate, createNoun = t("entry"), disabled } = props;
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const selected = useMemo(() => (props.multiple ? props.value : props.value ? [props.value] : []), [props.multiple, props.value]);
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  const single = !props.multiple ? (props.value ? byValue.get(props.value) : undefined) : undefined;

  const items: Item[] = useMemo(() => {
    const q = normalise(query.trim());
    const matches = options.filter(
      (o) => !(props.multiple && selected.includes(o.value)) && (!q || normalise(`${o.label} ${o.hint ?? ""} ${o.group ?? ""}`).includes(q)),
    );
    const list: Item[] = matches.slice(0, 100).map((option) => ({ kind: "option", option }));
    const exact = options.some((o) => normalise(o.label) === q);
    if (onCreate && q && !exact) list.push({ kind: "create", text: query.trim() });
    return list;
  }, [options, query, onCreate, props.multiple, selected]);

  const optionId = (index: number) => `${listId}-option-${index}`;

  function choose(item: Item | undefined) {
    if (!item) return;
    if (item.kind === "create") {
      setOpen(false);
      onCreate?.(item.text);
      setQuery("");
      return;
    }
    // The list closes after a choice so it does not cover what follows; typing or ↓ opens it again.
    if (props.multiple) props.onChange([...props.value, item.option.value]);
    else props.onChange(item.option.value);
    setQuery("");
    setOpen(false);
    setActive(0);
  }

  function remove(value: string) {
    if (props.multiple) props.onChange(props.value.filter((v) => v !== value));
    else props.onChange(null);
    inputRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((index) => Math.min(index + 1, items.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter") {
      // Never submit the surrounding form from a picker.
      event.preventDefault();
      if (open) choose(items[active]);
      else setOpen(true);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
      }
    } else if (event.key === "Backspace" && query === "" && selected.length > 0 && props.multiple) {
      remove(selected[selected.length - 1]);
    }
  }

  const showList = open && !disabled;
  const groupOf = (item: Item | undefined) => (item?.kind === "option" ? item.option.group : undefined);

  return (
    <div className="relative">
      {props.multiple && selected.length > 0 ? (
        <ul className="mb-1.5 flex flex-wrap gap-1.5" aria-label={t("chosen")}>
          {selected.map((value) => {
            const label = byValue.get(value)?.label ?? t("unknown");
            return (
              <li key={value} className="inline-flex max-w-full items-center gap-1 rounded-md bg-blue-50 py-0.5 pr-0.5 pl-2 text-sm text-blue-900 ring-1 ring-blue-600/20 ring-inset">
                <span className="truncate">{label}</span>
                <button
                  type="button"
                  onClick={() => remove(value)}
                  disabled={disabled}
                  aria-label={t("remove", { label })}
                  className="rounded px-1 text-blue-700 hover:bg-blue-100 hover:text-blue-950"
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && items[active] ? optionId(active) : undefined}
        aria-describedby={props["aria-describedby"]}
        aria-invalid={props["aria-invalid"]}
        disabled={disabled}
        placeholder={single ? single.label : (placeholder ?? t("placeholder"))}
        // A single choice reads as the input's value until the user starts searching again.
        value={open || !single ? query : single.label}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setQuery("");
        }}
        onKeyDown={onKeyDown}
        className={`${fieldClassName} h-9 ${single ? "placeholder:text-slate-900" : ""} ${!props.multiple && single ? "pr-16" : ""}`}
      />
      {!props.multiple && single && !disabled ? (
        <button
          type="button"
          onClick={() => remove(single.value)}
          className="absolute top-1.5 right-1.5 h-6 rounded px-1.5 text-xs text-slate-600 hover:bg-slate-100 hover:text-slate-900"
          aria-label={t("clearLabel", { label: single.label })}
        >
          {t("clear")}
        </button>
      ) : null}
      <ul
        id={listId}
        role="listbox"
        aria-label={t("suggestions")}
        aria-multiselectable={props.multiple || undefined}
        hidden={!showList}
        // Chromium makes a scrolling box a Tab stop of its own: Tab from the
        // input would land on the list, whose closing on blur then drops the
        // focus to the page. The options are reached with the arrow keys.
        tabIndex={-1}
        className="absolute z-30 mt-1 max-h-72 w-full min-w-56 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {items.length === 0 ? <li className="px-3 py-2 text-slate-500">{t("noMatches")}</li> : null}
        {items.map((item, index) => {
          const group = groupOf(item);
          const heading = group && group !== groupOf(items[index - 1]) ? group : null;
          const isActive = index === active;
          return (
            <li key={item.kind === "option" ? item.option.value : "create"} role="presentation">
              {heading ? (
                <div role="presentation" className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
                  {heading}
                </div>
              ) : null}
              <div
                id={optionId(index)}
                role="option"
                aria-selected={isActive}
                // Keep focus in the input so the choice does not blur and close the list first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(item)}
                onMouseMove={() => setActive(index)}
                className={`cursor-pointer px-3 py-1.5 ${isActive ? "bg-blue-50 text-blue-950" : "text-slate-800"}`}
              >
                {item.kind === "create" ? (
                  <span>
                    <span aria-hidden="true">+ </span>
                    {t("create", { noun: createNoun, text: item.text })}
                  </span>
                ) : (
                  <>
                    <span>{item.option.label}</span>
                    {item.option.hint ? <span className="ml-2 text-xs text-slate-500">{item.option.hint}</span> : null}
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
