"""What a vendor's cancel takes besides the run id, declared once, in the vendor's module.

The declarations are the one source for the vendor-neutral functions' keywords (checked
at run time, before anything is sent), the CLI's flags and their help, and the
messages that name an input; a vendor whose cancel needs a project, a user or a pipeline
is added without touching `bulk.py` or `cli.py`. The vendor's own `cancel` still names
each input in its signature, for the type checkers.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterable, Mapping

import attrs

from pipeline_cancel.errors import ConfigurationError

InputValue = str | int
"""The value of a per-run input: text (an id, a reason) or a whole number."""
TYPES: tuple[type[InputValue], ...] = (str, int)

# Keywords the neutral functions and the CLI already use for themselves.
RESERVED = frozenset({"vendor", "run_id", "run_ids", "wait", "concurrency", "base_url", "timeout",
                      "max_retries", "json", "version", "help"})  # fmt: skip


def _check_name(instance: RunInput, attribute: object, name: str) -> None:
    if not name.isidentifier() or keyword.iskeyword(name) or not name.islower() or name in RESERVED:
        raise ValueError(f"a run input's name must be a lowercase identifier and not reserved: {name!r}")


def _check_type(instance: RunInput, attribute: object, kind: object) -> None:
    if kind not in TYPES:
        raise ValueError(f"a run input is a str or an int, not {kind!r}")


@attrs.frozen
class RunInput:
    """One input: `name` is the keyword (`pipeline_id`), and the CLI flag is `--pipeline-id`."""

    name: str = attrs.field(validator=_check_name)
    help: str
    required: bool = False
    type: type[str] | type[int] = attrs.field(default=str, validator=_check_type)

    @property
    def flag(self) -> str:
        return flag(self.name)


def flag(name: str) -> str:
    """The CLI's spelling of an input's name: `pipeline_id` is `--pipeline-id`."""
    return "--" + name.replace("_", "-")


def takes(declared: Iterable[RunInput], spell: bool = False) -> str:
    """What a cancel takes, for a message: `pipeline_id` (or `--pipeline-id`), or nothing but the id."""
    names = [flag(d.name) if spell else d.name for d in declared]
    return ", ".join(names) or "nothing but the id"


def check_inputs(
    vendor: str, declared: tuple[RunInput, ...], given: Mapping[str, object], *, spell: bool = False
) -> dict[str, InputValue]:
    """The inputs `given` (None meaning "not given"), checked against the vendor's declarations.

    An input the vendor does not take is refused with its name; so is a required one that is
    missing, or a value of the wrong type. `spell` names them as the CLI's flags.
    """
    by_name = {d.name: d for d in declared}
    out: dict[str, InputValue] = {}
    for key, value in given.items():
        if value is None:
            continue
        wanted = by_name.get(key)
        name = flag(key) if spell else key
        if wanted is None:
            raise ConfigurationError(
                f"{name} does not apply: this vendor's cancel takes {takes(declared, spell)}", vendor=vendor
            )
        if isinstance(value, bool) or not isinstance(value, wanted.type):
            raise ConfigurationError(
                f"{name} must be {'a string' if wanted.type is str else 'a whole number'},"
                f" got {type(value).__name__}",
                vendor=vendor,
            )
        out[key] = value
    for d in declared:
        if d.required and d.name not in out:
            raise ConfigurationError(
                f"{flag(d.name) if spell else d.name} is required by this vendor's cancel", vendor=vendor
            )
    return out
