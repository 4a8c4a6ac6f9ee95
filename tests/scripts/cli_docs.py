#!/usr/bin/env python3
"""The man page and the shell completions the build writes (scripts/cli-docs):

- the built newsgraph.1 is what the binary's --help gives now (written again
  and compared), names every command and option, and groff reads it without a
  warning (when groff is installed);
- `cmake --install` puts the binary, the man page and both completions where
  man, bash-completion and zsh look;
- the bash completion, sourced and called with COMP_WORDS set, completes
  commands, options, option values, nested commands and dot-commands;
- the zsh completion completes a command in a real zsh (in tmux), when zsh
  and tmux are installed.

usage: cli_docs.py NEWSGRAPH SOURCE_DIR BUILD_DIR WORK_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import time

newsgraph, source, build, work = sys.argv[1:5]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
failures = []


def check(ok, what):
    print(("ok: " if ok else "FAILED: ") + what)
    if not ok:
        failures.append(what)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


# ---- the man page
fresh = os.path.join(work, "fresh")
subprocess.run([sys.executable, os.path.join(source, "scripts", "cli-docs"), newsgraph, fresh], check=True)
for name in ("newsgraph.1", "newsgraph.bash", "_newsgraph"):
    built = os.path.join(build, name)
    check(os.path.exists(built) and read(built) == read(os.path.join(fresh, name)),
          f"the built {name} is what --help gives now")
man = read(os.path.join(build, "newsgraph.1"))
check(man.startswith(".TH NEWSGRAPH 1 "), "newsgraph.1 opens with .TH NEWSGRAPH 1")
top = subprocess.run([newsgraph, "--help"], capture_output=True, text=True).stdout
commands = re.findall(r"^  (\w+) {2,}", top.split("Subcommands:")[1].split("\n\n")[0], re.M)
check(len(commands) >= 10, f"--help lists the commands ({len(commands)})")
for command in commands:
    check(f".SS {command}\n" in man, f"the man page has a section for {command}")
    text = subprocess.run([newsgraph, command, "--help"], capture_output=True, text=True).stdout
    for option in re.findall(r"^  (?:-\w,)?(--[\w-]+)", text, re.M):
        if option != "--help":
            check(f"\\fB{option.replace('-', chr(92) + '-')}\\fR" in man,
                  f"the man page names {command} {option}")
for section in ("SYNOPSIS", "OPTIONS", "COMMANDS", "SHELL DOT-COMMANDS", "EXAMPLES", "EXIT STATUS", "FILES"):
    check(f"\n.SH {section}\n" in man, f"the man page has {section}")
if shutil.which("groff"):
    p = subprocess.run(["groff", "-man", "-Tutf8", "-ww", os.path.join(build, "newsgraph.1")],
                       capture_output=True, text=True)
    check(p.returncode == 0 and not p.stderr, f"groff reads it without a warning {p.stderr[:300]!r}")
    check("newsgraph said [OPTIONS]" in re.sub(r".\x08", "", p.stdout), "groff renders the commands' usage")
else:
    print("note: groff is not installed; the man page was not rendered")

# ---- cmake --install
prefix = os.path.join(work, "prefix")
p = subprocess.run(["cmake", "--install", build, "--prefix", prefix], capture_output=True, text=True)
check(p.returncode == 0, "cmake --install " + p.stderr[:300])
for path in ("bin/newsgraph", "share/man/man1/newsgraph.1", "share/bash-completion/completions/newsgraph",
             "share/zsh/vendor-completions/_newsgraph"):
    check(os.path.isfile(os.path.join(prefix, path)), f"installed {path}")

# ---- bash
bash_script = os.path.join(prefix, "share/bash-completion/completions/newsgraph")


def bash_complete(words):
    """COMPREPLY for the command line `words`, the last being completed."""
    array = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    script = (f"source '{bash_script}'; COMP_WORDS=({array}); COMP_CWORD={len(words) - 1}; "
              "_newsgraph; printf '%s\\n' \"${COMPREPLY[@]}\"")
    p = subprocess.run(["bash", "--norc", "-c", script], capture_output=True, text=True)
    return sorted(line for line in p.stdout.split("\n") if line)


cases = [
    (["newsgraph", "qu"], ["query"]),
    (["newsgraph", "--db", "news.db", "s"], ["said", "shell", "stats"]),
    (["newsgraph", "help", "re"], ["repair", "report"]),
    (["newsgraph", "said", "--f"], ["--format"]),
    (["newsgraph", "--db", "x", "query", "-F", "js"], ["json", "jsonl"]),
    (["newsgraph", "export", "--format", "p"], ["pdf", "png"]),
    (["newsgraph", "shell", "-c", ".he"], [".headers", ".help"]),
    (["newsgraph", "actors", ""], ["merge", "split"]),
    (["newsgraph", "nlp", "eval", "--r"], ["--raw"]),
    (["newsgraph", "--m"], ["--max-memory"]),
]
for words, expected in cases:
    got = bash_complete(words)
    check(got == expected, f"bash: {' '.join(words)!r} → {got} (expected {expected})")

# ---- zsh, in a real interactive zsh driven through tmux
if shutil.which("zsh") and shutil.which("tmux"):
    zdir = os.path.join(work, "zsh")
    os.makedirs(zdir)
    shutil.copy(os.path.join(prefix, "share/zsh/vendor-completions/_newsgraph"), zdir)
    with open(os.path.join(zdir, ".zshrc"), "w") as f:
        f.write(f"fpath=({zdir} $fpath)\nautoload -Uz compinit\ncompinit -u -d {zdir}/.zcompdump\n"
                "PS1='zsh> '\n")
    session = f"ng_cli_docs_{os.getpid()}"
    env = dict(os.environ, ZDOTDIR=zdir, PATH=os.path.dirname(newsgraph) + ":" + os.environ["PATH"])
    tmux = ["tmux", "-L", session]
    subprocess.run(tmux + ["new-session", "-d", "-s", session, "-x", "120", "-y", "30", "zsh"], env=env, check=True)

    def pane():
        return subprocess.run(tmux + ["capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout

    def wait_for(text, seconds=10):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if text in pane():
                return True
            time.sleep(0.1)
        return False

    try:
        check(wait_for("zsh>"), "zsh started")  # capture-pane drops trailing spaces
        subprocess.run(tmux + ["send-keys", "-t", session, "newsgraph qu", "Tab"], check=True)
        check(wait_for("zsh> newsgraph query"), "zsh: 'newsgraph qu' + Tab → 'newsgraph query'")
        subprocess.run(tmux + ["send-keys", "-t", session, "C-u", "newsgraph said --form", "Tab"], check=True)
        check(wait_for("newsgraph said --format"), "zsh: 'said --form' + Tab → '--format'")
        if failures:
            print(pane())
    finally:
        subprocess.run(tmux + ["kill-server"], capture_output=True)
else:
    print("note: zsh or tmux is not installed; the zsh completion was not tried")

print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
