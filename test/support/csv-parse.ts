/**
 * A small RFC 4180 reader: quoted fields with doubled quotes and line breaks,
 * CRLF or LF line ends, a leading byte order mark ignored. Used to read
 * exported files back; strict enough to notice a malformed one.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let index = 0;
  while (index < input.length) {
    const char = input[index];
    if (quoted) {
      if (char === '"') {
        if (input[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
        index += 1;
        continue;
      }
      field += char;
      index += 1;
      continue;
    }
    if (char === '"') {
      if (field !== "") throw new Error(`A quote inside an unquoted field, row ${rows.length + 1}.`);
      quoted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" || char === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      if (char === "\r" && input[index + 1] === "\n") index += 1;
    } else {
      field += char;
    }
    index += 1;
  }
  if (quoted) throw new Error("The file ends inside a quoted field.");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
