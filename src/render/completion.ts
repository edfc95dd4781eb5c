// The scripts `career completion bash|zsh|fish` prints. Each is a thin shim: on Tab it hands the
// words typed so far to `career __complete`, which answers from the command tree and the
// journal (core/complete.ts), and shows the answer; when nothing is offered the shell completes
// file names (`career import csv <file>`, `--out <file>`).

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const BASH = `# career completion for bash. Install:
#   career completion bash > ~/.local/share/bash-completion/completions/career
# or, for this shell only:  source <(career completion bash)
_career() {
  local IFS=$'\\n' line
  local -a lines
  lines=($(career __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
  COMPREPLY=()
  for line in "\${lines[@]}"; do COMPREPLY+=("\${line%%$'\\t'*}"); done
  # An id=value flag (--status crm=...) goes on without a space.
  if [[ \${#COMPREPLY[@]} -eq 1 && \${COMPREPLY[0]} == *= ]]; then compopt -o nospace 2>/dev/null; fi
}
complete -o default -o nosort -F _career career 2>/dev/null || complete -o default -F _career career
`;

const ZSH = `#compdef career
# career completion for zsh. Install (a folder in your $fpath, before compinit):
#   career completion zsh > "\${fpath[1]}/_career"
# or, for this shell only (after compinit):  source <(career completion zsh)
_career() {
  local line
  local -a lines described
  lines=("\${(@f)$(career __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ -z "\${lines[1]}" ]]; then _files; return; fi
  for line in "\${lines[@]}"; do
    if [[ "$line" == *$'\\t'* ]]; then described+=("\${\${line%%$'\\t'*}//:/\\\\:}:\${line#*$'\\t'}")
    else described+=("\${line//:/\\\\:}"); fi
  done
  _describe -V career described
}
if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then _career "$@"; else compdef _career career; fi
`;

const FISH = `# career completion for fish. Install:
#   career completion fish > ~/.config/fish/completions/career.fish
function __career_complete
    set -l words (commandline -opc)
    set -e words[1]
    set -l cur (commandline -ct)
    set -l out (career __complete $words "$cur" 2>/dev/null)
    if test (count $out) -eq 0
        __fish_complete_path "$cur"
    else
        printf '%s\\n' $out
    end
end
complete -c career -f -a '(__career_complete)'
`;

export function completionScript(shell: Shell): string {
  return shell === 'bash' ? BASH : shell === 'zsh' ? ZSH : FISH;
}
