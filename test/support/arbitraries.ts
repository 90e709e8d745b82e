/**
 * Shared fast-check arbitraries for the property tests of schemas, server
 * actions, importers and the public policy pages: malformed values of every
 * kind, valid values to start mutations from, and script-injection payloads.
 * What a browser, a forged request or a broken spreadsheet can send is wider
 * than what the forms produce; these generators cover that width.
 */
import fc from "fast-check";

/** C0 and C1 control characters, NUL included: pasted text and forged requests carry them. */
const controlChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom("\u200b", "\u200e", "\u202e", "\u2028", "\u2029", "\ufeff", "\ufffe", "\ud800", "\udfff"),
);

// ---------------------------------------------------------------------------
// Script injection. Classic payloads from the HTML, URL, Markdown and JSON-LD
// contexts the public pages put user text into.
// ---------------------------------------------------------------------------

export const XSS_PAYLOADS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  '<img src="javascript:alert(1)">',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<iframe src=javascript:alert(1)></iframe>",
  "<iframe srcdoc='<script>alert(1)</script>'>",
  "<object data=javascript:alert(1)></object>",
  "<embed src=javascript:alert(1)>",
  "<base href=//evil.example/>",
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button formaction=javascript:alert(1)>x</button></form>',
  '<input autofocus onfocus=alert(1)>',
  "<style>body{background:url(javascript:alert(1))}</style>",
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  "[click](javascript:alert(1))",
  "[click](JAVASCRIPT:alert(1))",
  "[click](&#x6A;avascript:alert(1))",
  "[click](data:text/html,<script>alert(1)</script>)",
  "[click](vbscript:msgbox(1))",
  "![img](javascript:alert(1))",
  '![img](x" onerror="alert(1))',
  "[ref]: javascript:alert(1)\n\n[click][ref]",
  "<javascript:alert(1)>",
  "<data:text/html,<script>alert(1)</script>>",
  '" onmouseover="alert(1)',
  "' onmouseover='alert(1)",
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  "</script><script>alert(1)</script>",
  "</SCRIPT ><script>alert(1)</script>",
  "<!--<script>alert(1)//-->",
  "<![CDATA[<script>alert(1)</script>]]>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
  "\u003cscript\u003ealert(1)\u003c/script\u003e",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "`<img src=x onerror=alert(1)>`",
  "```html\n<script>alert(1)</script>\n```",
  "<details open ontoggle=alert(1)>",
  "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
  "<template><script>alert(1)</script></template>",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
  "<link rel=stylesheet href=javascript:alert(1)>",
  "<xss style=\"behavior:url(x.htc)\">",
] as const;

/** A payload, alone or mixed into ordinary, nasty or Markdown text. */
const xssText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...XSS_PAYLOADS), weight: 4 },
      { arbitrary: fc.string({ maxLength: 10 }), weight: 2 },
      { arbitrary: fc.constantFrom("\n", "\n\n", "# ", "* ", "> ", "| a | b |\n|---|---|\n| ", "[", "](", ")", "<", ">", '"', "'", "&", "`", "\\"), weight: 2 },
      { arbitrary: controlChar, weight: 1 },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(""));

/** Like xssText, within a length limit (the schemas refuse longer text, which never reaches a page). */
export function xssWithin(max: number): fc.Arbitrary<string> {
  return xssText.map((text) => text.replace(/\u0000/g, "").trim().slice(0, max).trim() || "<script>alert(1)</script>".slice(0, max));
}

/** Text with control characters, lone surrogates, right-to-left marks and emoji among ordinary letters. */
export const nastyText = fc
  .array(fc.oneof(fc.string({ maxLength: 8 }), controlChar, fc.string({ unit: "binary", maxLength: 6 }), fc.constantFrom("😀", "e\u0301", "ß", "İ", "𝔘", "\u0000")), {
    maxLength: 12,
  })
  .map((parts) => parts.join(""));

/** A string just over or far over a limit, built cheaply (a long string per run would slow the runs down). */
function overlong(limit: number): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 1, max: 50 }), fc.constantFrom("x", "ä", "😀", " ", "<")).map(([extra, unit]) => unit.repeat(limit + extra));
}

/** Any string a form field could receive: empty, blank, nasty, overlong, numeric-looking, date-looking. */
export function formString(limit = 10_000): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.string({ maxLength: 40 }), weight: 3 },
    { arbitrary: nastyText, weight: 3 },
    { arbitrary: overlong(limit), weight: 1 },
    { arbitrary: fc.constantFrom("", " ", "\t\n", "0", "-1", "1e309", "NaN", "null", "undefined", "true", "on", "2026-02-30", "9999-99-99", "__proto__"), weight: 2 },
    { arbitrary: fc.integer().map(String), weight: 1 },
    { arbitrary: xssText, weight: 1 },
  );
}

/** Anything at all, including prototype-looking keys, typed arrays, dates, big integers, sparse arrays. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 6, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true }),
  formString(),
  fc.constantFrom(null, undefined, NaN, Infinity, -0, [], {}, [[]], "", Symbol.for("x"), () => 1),
);

/** Extra keys that should never change what a schema accepts. */
const extraKey = fc.constantFrom("__proto__", "constructor", "prototype", "organisationId", "id", "createdById", "version", "role", "toString", "");

/**
 * A valid value with one or a few things broken: a key removed, a value
 * replaced by anything, a key added, the whole object replaced.
 */
export function mutated<T extends Record<string, unknown>>(valid: T): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const edit = fc.oneof(
    fc.record({ op: fc.constant("drop" as const), key: fc.constantFrom(...keys) }),
    fc.record({ op: fc.constant("set" as const), key: fc.constantFrom(...keys), value: anyValue }),
    fc.record({ op: fc.constant("text" as const), key: fc.constantFrom(...keys), value: formString() }),
    fc.record({ op: fc.constant("add" as const), key: fc.oneof(extraKey, fc.string({ maxLength: 10 })), value: anyValue }),
  );
  return fc.oneof(
    { arbitrary: fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => applyEdits(valid, edits)), weight: 8 },
    { arbitrary: anyValue, weight: 1 },
  );
}

type Edit = { op: "drop"; key: string } | { op: "set" | "text" | "add"; key: string; value: unknown };

function applyEdits(valid: Record<string, unknown>, edits: Edit[]): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(valid);
  for (const edit of edits) {
    if (edit.op === "drop") delete copy[edit.key];
    // defineProperty, so that "__proto__" becomes an own key as JSON.parse would make it, not the prototype.
    else Object.defineProperty(copy, edit.key, { value: edit.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Form fields as a browser (or a forged request) would send them: strings, files, repeated names. */
function malformedFormData(fieldNames: readonly string[], valid: Record<string, string> = {}): fc.Arbitrary<FormData> {
  const entry = fc.tuple(
    fc.oneof(fc.constantFrom(...fieldNames, ...Object.keys(valid)), fc.string({ maxLength: 10 })),
    fc.oneof({ arbitrary: formString(), weight: 6 }, { arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => new File([bytes], "x.bin")), weight: 1 }),
  );
  return fc
    .record({ keep: fc.subarray(Object.keys(valid)), entries: fc.array(entry, { maxLength: 8 }) })
    .map(({ keep, entries }) => {
      const form = new FormData();
      for (const name of keep) form.append(name, valid[name]);
      for (const [name, value] of entries) form.append(name, value);
      return form;
    });
}

/** Any value as text, the way a form field would carry it (String() throws for some objects). */
export function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return "[object]";
  }
}

/** A form: the valid fields, some broken, random extra fields, or something that is not a form at all. */
export function form(valid: fc.Arbitrary<Record<string, string>>, fields: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: valid.map(formDataOf), weight: 2 },
    { arbitrary: valid.chain((v) => malformedFormData(fields, v)), weight: 4 },
    {
      arbitrary: valid.chain(mutated).map((v) => (typeof v === "object" && v !== null && !Array.isArray(v) ? formDataOf(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asText(x)]))) : v)),
      weight: 2,
    },
    { arbitrary: anyValue, weight: 1 },
  );
}

export function formDataOf(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.append(name, value);
  return form;
}

// ---------------------------------------------------------------------------
// Valid values, to check that the schemas accept them and to mutate.
// ---------------------------------------------------------------------------

/** Ordinary text as people type it (any letters, no control characters), trimmed, within the limits. */
export function plainText(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: "grapheme", minLength, maxLength })
    .map((text) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim())
    // Counted in code points, as zod's min and max count a string: "!𐀀 𐀀 𐀀!" is ten UTF-16 units but seven characters.
    .filter((text) => [...text].length >= minLength && [...text].length <= maxLength);
}

const lower = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789");

export const emailAddress = fc
  .tuple(fc.string({ unit: lower, minLength: 1, maxLength: 12 }), fc.string({ unit: lower, minLength: 1, maxLength: 12 }), fc.constantFrom("example", "test", "de", "com"))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

/** A real calendar day between 2000 and 2099, as YYYY-MM-DD. */
export const isoDay = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

export const slugText = fc
  .array(fc.string({ unit: lower, minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join("-"))
  .filter((slug) => slug.length >= 2 && slug.length <= 63);

const octet = fc.integer({ min: 0, max: 255 });

/** An IPv4 address in a range a webhook must not reach without WEBHOOK_ALLOW_PRIVATE (loopback, RFC 1918, CGNAT, link-local, …). */
export const nonPublicIpv4 = fc
  .oneof(
    fc.tuple(fc.constant(127), octet, octet, octet),
    fc.tuple(fc.constant(10), octet, octet, octet),
    fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), octet, octet),
    fc.tuple(fc.constant(192), fc.constant(168), octet, octet),
    fc.tuple(fc.constant(169), fc.constant(254), octet, octet),
    fc.tuple(fc.constant(100), fc.integer({ min: 64, max: 127 }), octet, octet),
    fc.tuple(fc.constant(0), octet, octet, octet),
    fc.tuple(fc.integer({ min: 224, max: 255 }), octet, octet, octet),
  )
  .map((parts) => parts.join("."));

/** An IPv4 address of the public internet (first octets outside every special-purpose range). */
export const publicIpv4 = fc
  .tuple(
    fc.integer({ min: 1, max: 223 }).filter((first) => ![10, 100, 127, 169, 172, 192, 198, 203].includes(first)),
    octet,
    octet,
    fc.integer({ min: 1, max: 254 }),
  )
  .map((parts) => parts.join("."));

/** The IPv6 spellings that stand for an IPv4 address: IPv4-mapped (dotted and hex) and NAT64. */
export function ipv6Embedding(ipv4: string): fc.Arbitrary<string> {
  const [a, b, c, d] = ipv4.split(".").map(Number);
  const hex = `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  return fc.constantFrom(`::ffff:${ipv4}`, `::ffff:${hex}`, `0:0:0:0:0:ffff:${hex}`, `64:ff9b::${hex}`, `::FFFF:${ipv4}`);
}
