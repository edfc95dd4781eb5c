// Unique names for temporary files: `<pid>.<8 hex digits>` (store/fsio.ts knows the shape, to
// clear what a dead writer left). The pid tells one process from another; the clock, a counter
// and Math.random one name from the next within a process. Only uniqueness matters (the files are
// created exclusively), so node:crypto, whose load costs a write about 5 ms, is not needed.
let count = 0;

export function uniqueTag(): string {
  count += 1;
  const clock = Number(process.hrtime.bigint() & 0xffffffffn);
  const bits = (clock ^ Math.imul(count, 0x9e3779b1) ^ Math.floor(Math.random() * 0x100000000)) >>> 0;
  return `${process.pid}.${bits.toString(16).padStart(8, '0')}`;
}
