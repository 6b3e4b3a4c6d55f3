"""What a vendor module names of its generated client loads when a call first needs it, and once.

`from pipeline_cancel import Kubiya` must not load the generated models (the import bench
holds that); these tests hold the loaders themselves: nothing is imported when they are
made, the first read imports, and later reads find what the first one loaded.
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pipeline_cancel import _lazy
from pipeline_cancel.vendors import REGISTRY

from tests.support.lazy import complaint, eager_imports


@pytest.fixture
def resolved(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every path `_lazy.resolve` is asked for, in order."""
    asked: list[str] = []
    real: Callable[[str], Any] = _lazy.resolve

    def counting(path: str) -> Any:
        asked.append(path)
        return real(path)

    monkeypatch.setattr(_lazy, "resolve", counting)
    return asked


@pytest.fixture
def fresh_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The name of a module nobody has imported yet, with `VALUE = 42` and `double(n)`."""
    name = f"lazy_probe_{uuid.uuid4().hex}"
    (tmp_path / f"{name}.py").write_text("VALUE = 42\n\ndef double(n):\n    return 2 * n\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield name
    sys.modules.pop(name, None)


def test_resolve_names_an_object_in_a_module() -> None:
    assert _lazy.resolve("json:JSONDecoder") is json.JSONDecoder
    assert _lazy.resolve("json.decoder:JSONDecodeError") is json.JSONDecodeError


def test_models_import_nothing_until_a_status_is_read_and_each_once(
    resolved: list[str], fresh_module: str
) -> None:
    paths = {200: f"{fresh_module}:VALUE", 201: "json:JSONDecoder"}
    models = _lazy.Models(paths)
    paths[404] = "json:JSONEncoder"  # the mapping was copied: a later change does not reach it
    assert resolved == [] and fresh_module not in sys.modules
    assert models[200] == 42 and models[200] == 42
    assert models.get(200) == 42
    assert resolved == [f"{fresh_module}:VALUE"] and fresh_module in sys.modules
    assert models.get(201) is json.JSONDecoder  # the first read through get() loads it too
    assert models.get(201) is json.JSONDecoder
    assert resolved == [f"{fresh_module}:VALUE", "json:JSONDecoder"]


def test_models_answer_as_a_mapping_of_the_documented_statuses() -> None:
    models = _lazy.Models({200: "json:JSONDecoder", 202: "json:JSONEncoder"})
    assert list(models) == [200, 202] and len(models) == 2
    assert models.get(404) is None
    assert models.get(404, "no model") == "no model"
    with pytest.raises(KeyError):
        models[404]
    assert not _lazy.Models({})
    assert 202 in models and 404 not in models


def test_a_generated_attribute_loads_on_first_read_from_the_class_or_an_instance(
    resolved: list[str], fresh_module: str
) -> None:
    class Holder:
        double = _lazy.Generated(f"{fresh_module}:double")

    assert fresh_module not in sys.modules
    assert Holder().double(4) == 8
    assert Holder.double(5) == 10
    assert resolved == [f"{fresh_module}:double"]


def test_a_lazy_module_imports_on_its_first_name_and_then_holds_every_name_itself(
    fresh_module: str,
) -> None:
    module = _lazy.Module(fresh_module)
    assert fresh_module not in sys.modules
    assert module.VALUE == 42
    assert fresh_module in sys.modules
    held = vars(module)
    assert held["VALUE"] == 42 and held["double"](3) == 6  # copied: later reads are plain attributes
    sys.modules.pop(fresh_module)
    assert module.double(7) == 14  # found on the object, with no import
    assert fresh_module not in sys.modules


def test_a_lazy_module_refuses_a_name_the_module_does_not_have(fresh_module: str) -> None:
    module = _lazy.Module(fresh_module)
    with pytest.raises(AttributeError, match="missing"):
        module.missing  # noqa: B018 - the read is the test
    assert module.VALUE == 42


def test_vendor_modules_import_no_generated_operation_until_a_request_is_built() -> None:
    from pipeline_cancel.vendors import kubiya

    operation = vars(kubiya)["terminate_op"]
    assert isinstance(operation, _lazy.Module)
    request = kubiya.Kubiya(api_key="k" * 12, base_url="http://127.0.0.1:9")._build(
        "exec-1", {"reason": "stuck"}
    )
    assert request["url"] == "/api/v1/executions/exec-1/terminate"
    assert "_get_kwargs" in vars(operation)


def registered() -> list[tuple[str, str, str]]:
    return [(vendor, f"pipeline_cancel.vendors.{vendor}", f"{vendor}_client") for vendor in REGISTRY]


def test_every_registered_vendor_loads_its_generated_code_on_first_use() -> None:
    found = eager_imports(registered())
    assert set(found) == set(REGISTRY)
    assert complaint(found) is None


def test_a_vendor_that_imports_its_generated_code_eagerly_is_named(tmp_path: Path) -> None:
    """The negative control: a throwaway vendor module with its generated package imported at the
    top, beside the registered ones, is the one vendor the check names."""
    (tmp_path / "eager_vendor.py").write_text(
        "from kubiya_client.models.execution_response import ExecutionResponse  # eager\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    found = eager_imports([*registered(), ("eager", "eager_vendor", "kubiya_client")], env)
    message = complaint(found)
    assert message is not None
    assert message.startswith(
        "these vendor modules import their generated package at import time: eager (loads kubiya_client, "
    )
    assert not any(f"{vendor} (" in message for vendor in REGISTRY)
