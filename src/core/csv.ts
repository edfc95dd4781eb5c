// CSV as RFC 4180 has it, and as spreadsheets write it: fields separated by commas, quoted with
// double quotes where they hold a comma, a quote ("" inside) or a line break; CRLF or LF line
// ends; a UTF-8 BOM ignored. Each record keeps the line it starts on, for error messages.
import { UserError } from './errors.js';

export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Parse `text` into records; blank lines are skipped. `name` is the file, for errors. */
export function parseCsv(text: string, name: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false; // whether the record has any content (a lone line break is not a record)
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endRecord = () => {
    fields.push(field);
    if (touched) records.push({ line: start, fields });
    fields = [];
    field = '';
    touched = false;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line++; field += c; }
      continue;
    }
    if (c === '"' && field === '') { quoted = true; touched = true; }
    else if (c === '"') throw new UserError(`${name}:${line}: a quote inside an unquoted field`, 'quote the whole field and double the quotes in it: "say ""hi"""');
    else if (c === ',') { fields.push(field); field = ''; touched = true; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else { field += c; touched = true; }
  }
  if (quoted) throw new UserError(`${name}:${start}: a quoted field is not closed`, 'every opening " needs its closing "');
  endRecord();
  return records;
}
