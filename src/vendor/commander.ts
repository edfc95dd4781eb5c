// commander, bundled by the build into one minified file as zod.ts is: its own files load in
// five times the time, and every command but --version pays it.
export { Command, CommanderError, Option } from 'commander';
