// Which strings must be quoted in a file career writes, shared by the `yaml` package's path
// (yamlio.ts) and the one that writes without it (yaml-emit.ts), so both quote the same ones.

// Strings that a YAML 1.1 reader (PyYAML, older tools) would read as something else.
const YAML11_WORDS = /^(?:=|<<|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;
// Anything made only of digits and number punctuation (1.10, 010, 1_000, 12:30, 1-10, e3: some
// 1.1 reader takes each of these for a number), and the hex, octal, binary, inf and nan forms.
const NUMBERISH = /^(?=[^0-9.]*[0-9.])[-+0-9_:.,eE]+$|^[-+]?(?:0[xXob][0-9a-fA-F_]+|\.(?:inf|Inf|INF|nan|NaN|NAN))$|^[eE][-+]?[0-9]/;

/** Text that some YAML reader would take for a number, a boolean, a null or a date. */
export function isAmbiguousString(s: string): boolean {
  return YAML11_WORDS.test(s) || NUMBERISH.test(s) || /^\d{4}-\d{1,2}-\d{1,2}/.test(s);
}
