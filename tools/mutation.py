"""Mutation testing of the overlay: `python3 dev.py -s mutation [-- PATHS]` (see docs/quality.md).

mutmut names a mutant after its file's path, dropping a leading `src/`, and records
which tests reach a function under the module's import name; the two agree only when
the package sits directly under `src/` or the project root. The overlay sits under
`overlay/`, so the run happens in `.mutation/`, where `src` links to `overlay/` and
`tests` to `tests/`: the repository keeps its layout and mutmut sees one it knows.

A run of the whole overlay starts from no cached results, so the figures printed are
those of the code and tests as they stand. Naming modules checks all of theirs again and
keeps the other modules' results; `--resume` checks only what an interrupted run left,
and `--survivors` checks the last survivors again; all three use the tests as they stand
now (the killed mutants stay killed as long as tests are only added). A module
passes when the share of its mutants killed (timeouts count as killed) reaches its
threshold; mutants that cannot change behaviour are excluded where they stand with
`# pragma: no mutate: <reason>`, and those exclusions must stay under 5 % of the
module's mutants.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from tools.registry import ROOT
from tools.sessions import TOOLING_TESTS

# Besides the repository's own tests: those that run the CLI as a process, whose coverage mutmut
# cannot see (tests/test_cli_pieces.py holds the same pieces in-process), and the documentation's
# examples, which run as programs of their own and read README.md and docs/, not in mutmut's tree.
NOT_MUTATED = (*TOOLING_TESTS, "tests/test_cli_batch.py", "tests/test_docs_examples.py")

PACKAGE = ROOT / "overlay" / "pipeline_cancel"
WORK = ROOT / ".mutation"

DEFAULT_THRESHOLD = 0.85
STRICT_THRESHOLD = 0.90
# The core modules, and what was split out of them (a split keeps its parent's bar): the
# deadline backend, the body reader, the defaults and the extension names left retries.py,
# and the status reads left vendor.py.
STRICT = {
    "auth.py", "vendor.py", "retries.py", "http.py", "bulk.py", "errors.py",
    "deadline.py", "body.py", "_constants.py", "_extensions.py", "status_reads.py",
}  # fmt: skip
MAX_EXCLUDED = 0.05

KILLED = {1, 3, 37, -9, -11}  # a failing test, an internal pytest error, a crash
TIMEOUT = {36, 24, -24, 152, 255}
PRAGMA = re.compile(r"#\s*pragma:\s*no mutate\b(?P<tail>.*)$")


@dataclass
class Score:
    module: str
    killed: int = 0
    timeout: int = 0
    survived: list[str] = field(default_factory=list)
    unchecked: int = 0
    excluded: int = 0
    unreasoned: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.killed + self.timeout + len(self.survived)

    @property
    def ratio(self) -> float:
        return (self.killed + self.timeout) / self.total if self.total else 1.0

    @property
    def excluded_ratio(self) -> float:
        whole = self.total + self.unchecked + self.excluded
        return self.excluded / whole if whole else 0.0

    @property
    def threshold(self) -> float:
        return STRICT_THRESHOLD if self.module in STRICT else DEFAULT_THRESHOLD

    @property
    def passed(self) -> bool:
        complete = not self.unchecked and not self.unreasoned
        return complete and self.ratio >= self.threshold and self.excluded_ratio < MAX_EXCLUDED


def modules(paths: list[str]) -> list[Path]:
    """The overlay's modules named on the command line (all of them when none is)."""
    if not paths:
        return sorted(PACKAGE.rglob("*.py"))
    chosen = []
    for raw in paths:
        path = Path(raw)
        path = (path if path.is_absolute() else Path.cwd() / path).resolve()
        if not path.is_relative_to(PACKAGE):
            raise SystemExit(f"mutation: {raw} is outside overlay/pipeline_cancel, the only code mutated")
        if path.is_dir():
            chosen.extend(sorted(path.rglob("*.py")))
        elif path.suffix == ".py" and path.is_file():
            chosen.append(path)
        else:
            raise SystemExit(f"mutation: {raw} is not a Python file or folder of overlay/pipeline_cancel")
    return chosen


def import_name(path: Path) -> str:
    parts = ("pipeline_cancel", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(part for part in parts if part != "__init__")


def prepare(fresh: bool) -> None:
    """A `.mutation/` that shows mutmut the overlay as `src/pipeline_cancel`, and the tests as they are."""
    if fresh:
        shutil.rmtree(WORK / "mutants", ignore_errors=True)
    # mutmut copies a file only when its copy is missing, so an edited test would be run stale.
    shutil.rmtree(WORK / "mutants" / "tests", ignore_errors=True)
    # Its record of which tests reach which function is updated only for the tests that
    # changed, so a new function would be checked against those alone: trace them all again.
    (WORK / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    WORK.mkdir(exist_ok=True)
    for name, target in (("src", "../overlay"), ("tests", "../tests")):
        link = WORK / name
        if not link.is_symlink():
            link.symlink_to(target, target_is_directory=True)
    pytest_options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    ignores = [f"--ignore={test}" for test in NOT_MUTATED]
    config = {
        "source_paths": ["src/pipeline_cancel"],
        "pytest_add_cli_args": ["-p", "no:cacheprovider", *ignores],
        "pytest_add_cli_args_test_selection": ["tests"],
        # A run always starts from nothing cached (above); no git baseline to consult.
        "use_git_change_detection": False,
    }
    lines = ["# Written by tools/mutation.py for each run; edit that instead.", "[tool.pytest.ini_options]"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in pytest_options.items()]
    # A mutant that leaves a test waiting on a socket uses no CPU, so mutmut's CPU-time limit
    # never ends it; the slowest test takes 11 s (the connect cap), so 20 s of wall clock marks a hang.
    lines += ["timeout = 20"]
    lines += ["", "[tool.mutmut]"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in config.items()]
    (WORK / "pyproject.toml").write_text("\n".join(lines) + "\n")
    # Tests that start a Python process (the CLI's) must import the mutated package
    # too; the folder has to exist before Python starts for the path to count.
    (WORK / "mutants" / "src").mkdir(parents=True, exist_ok=True)
    # The tests find the vendored documents (and the tools that merge them) next to
    # themselves; mutmut copies the tests into mutants/, so these must be there too.
    for name in ("specs", "tools"):
        if not (WORK / "mutants" / name).is_symlink():
            (WORK / "mutants" / name).symlink_to(ROOT / name, target_is_directory=True)


def run_mutmut(names: list[str], children: int) -> None:
    """Named mutants are checked again whatever their result; without names, only those with none."""
    mutmut = Path(sys.executable).parent / "mutmut"
    env = {**os.environ, "PYTHONPATH": str(WORK / "mutants" / "src")}
    result = subprocess.run([str(mutmut), "run", "--max-children", str(children), *names], cwd=WORK, env=env)
    if result.returncode != 0:
        raise SystemExit(f"mutation: mutmut stopped with exit code {result.returncode}; its output is above")


def excluded_mutants(path: Path) -> tuple[int, list[int]]:
    """How many mutants the module's pragmas hold back, and the pragmas that give no reason."""
    from mutmut.mutation.file_mutation import create_mutations

    source = path.read_text()
    if "no mutate" not in source:
        return 0, []
    unreasoned = []
    stripped = []
    for number, line in enumerate(source.splitlines(keepends=True), 1):
        match = PRAGMA.search(line)
        if match is None:
            stripped.append(line)
            continue
        if not match["tail"].lstrip(": ").strip():
            unreasoned.append(number)
        stripped.append(line[: match.start()].rstrip() + "\n")
    name = str(path.relative_to(ROOT))
    held = len(create_mutations(name, "".join(stripped))[1]) - len(create_mutations(name, source)[1])
    return held, unreasoned


def _exit_codes(meta: Path) -> dict[str, int | None]:
    for _ in range(5):
        try:
            return dict(json.loads(meta.read_text())["exit_code_by_key"]) if meta.is_file() else {}
        except json.JSONDecodeError:  # caught mid-write by a run still going
            time.sleep(0.2)
    raise SystemExit(f"mutation: {meta} stays unreadable")


def scores(chosen: list[Path]) -> list[Score]:
    result = []
    for path in chosen:
        module = str(path.relative_to(PACKAGE))
        score = Score(module)
        meta = WORK / "mutants" / "src" / "pipeline_cancel" / f"{module}.meta"
        codes = _exit_codes(meta)
        for name, code in codes.items():
            if code in KILLED:
                score.killed += 1
            elif code in TIMEOUT:
                score.timeout += 1
            elif code is None:  # the run was stopped, or is still going
                score.unchecked += 1
            else:  # survived, no test reaches it, or suspicious
                score.survived.append(name)
        score.excluded, score.unreasoned = excluded_mutants(path)
        result.append(score)
    return result


def diff_of(name: str) -> str:
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    for _ in range(5):  # while a run is going, mutmut may be rewriting the file it reads
        try:
            lines = get_diff_for_mutant(name).splitlines()
            break
        except json.JSONDecodeError:
            time.sleep(0.2)
    else:
        return "  (diff unavailable while the run writes its results)"
    return "\n".join(line for line in lines if line[:1] in "+-" and line[:3] not in ("+++", "---"))


def report(results: list[Score], show_survivors: bool) -> bool:
    if show_survivors:
        for score in results:
            for name in score.survived:
                print(f"\nsurvived: {name}\n{diff_of(name)}")
    print(
        f"\n{'module':<24}{'mutants':>8}{'killed':>8}{'timeout':>8}{'left':>6}{'excl.':>7}{'score':>8}{'needs':>7}"
    )
    for s in results:
        if not (s.total or s.unchecked or s.excluded):
            print(f"{s.module:<24}{'no functions to mutate':>45}")
            continue
        flag = "" if s.passed else "  FAIL"
        if s.unchecked:
            flag += f"  ({s.unchecked} not checked)"
        if s.unreasoned:
            flag += f"  (pragma without a reason on line {', '.join(map(str, s.unreasoned))})"
        if s.excluded_ratio >= MAX_EXCLUDED:
            flag += "  (exclusions over 5 %)"
        print(
            f"{s.module:<24}{s.total:>8}{s.killed:>8}{s.timeout:>8}{len(s.survived):>6}"
            f"{s.excluded_ratio:>7.1%}{s.ratio:>8.1%}{s.threshold:>7.0%}{flag}"
        )
    total = sum(s.total for s in results)
    killed = sum(s.killed + s.timeout for s in results)
    print(f"{'all':<24}{total:>8}{'':>22}{total - killed:>6}{'':>7}{killed / max(total, 1):>8.1%}")
    return all(s.passed for s in results)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python3 dev.py -s mutation --", description=__doc__.splitlines()[0]
    )
    add = parser.add_argument
    add("paths", nargs="*", help="modules or folders of overlay/pipeline_cancel (default: all of it)")
    add("--children", type=int, default=os.cpu_count() or 2, help="parallel workers (default: one per core)")
    add("--report-only", action="store_true", help="print the last run's figures without running it again")
    add(
        "--resume", action="store_true", help="keep the last run's results; check only what it left unchecked"
    )
    add("--survivors", action="store_true", help="check the last run's surviving mutants again")
    add("--quiet", action="store_true", help="leave out the surviving mutants' diffs")
    args = parser.parse_args(argv)
    chosen = modules(args.paths)
    if (args.resume or args.survivors) and args.paths:
        parser.error("--resume and --survivors continue a whole run; name no modules with them")
    earlier = (WORK / "mutants").is_dir()
    if (args.report_only or args.resume or args.survivors) and not earlier:
        raise SystemExit("mutation: no earlier run to continue or report on; run without options first")
    if not args.report_only:
        prepare(fresh=not (args.paths or args.resume or args.survivors))
    os.chdir(WORK)  # mutmut reads its configuration and results relative to the working directory
    if not args.report_only:
        if args.survivors:
            names = [name for score in scores(chosen) for name in score.survived]
        else:
            names = [f"{import_name(path)}.x*" for path in chosen] if args.paths else []
        if names or not args.survivors:
            run_mutmut(names, children=args.children)
    return 0 if report(scores(chosen), show_survivors=not args.quiet) else 1


if __name__ == "__main__":
    sys.exit(main())
