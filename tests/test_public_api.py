"""The package's top-level names: each resolves, on first use, to the object in its own module."""

from __future__ import annotations

import importlib

import pipeline_cancel
import pytest

HOMES = {
    "CancelResult": "pipeline_cancel.result",
    "Gumloop": "pipeline_cancel.vendors.gumloop",
    "Ionworks": "pipeline_cancel.vendors.ionworks",
    "Kubiya": "pipeline_cancel.vendors.kubiya",
    "Outcome": "pipeline_cancel.bulk",
    "Prefect": "pipeline_cancel.vendors.prefect",
    "RetryPolicy": "pipeline_cancel.retries",
    "RunStatus": "pipeline_cancel.result",
    "Runflow": "pipeline_cancel.vendors.runflow",
    "VectorShift": "pipeline_cancel.vendors.vectorshift",
    "Vendor": "pipeline_cancel.vendor",
    "VendorOptions": "pipeline_cancel.vendor",
    "acancel": "pipeline_cancel.bulk",
    "acancel_many": "pipeline_cancel.bulk",
    "cancel": "pipeline_cancel.bulk",
    "cancel_many": "pipeline_cancel.bulk",
}


def test_all_is_every_lazy_name_plus_the_version_and_errors() -> None:
    assert sorted(pipeline_cancel.__all__) == sorted([*HOMES, "__version__", "errors"])


@pytest.mark.parametrize("name", sorted(HOMES))
def test_a_name_loads_from_its_module_and_stays(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    namespace = vars(pipeline_cancel)
    monkeypatch.delitem(namespace, name, raising=False)  # as in a fresh interpreter
    expected = getattr(importlib.import_module(HOMES[name]), name)
    assert getattr(pipeline_cancel, name) is expected
    assert namespace[name] is expected  # kept, so the next lookup costs nothing


def test_errors_is_the_errors_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(vars(pipeline_cancel), "errors", raising=False)
    assert pipeline_cancel.errors is importlib.import_module("pipeline_cancel.errors")


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError) as info:
        pipeline_cancel.nope  # noqa: B018 - the lookup is the test
    assert str(info.value) == "module 'pipeline_cancel' has no attribute 'nope'"


def test_dir_lists_every_public_name_loaded_or_not_and_the_modules_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(vars(pipeline_cancel), "cancel_many", raising=False)  # not loaded yet
    listed = dir(pipeline_cancel)
    assert set(pipeline_cancel.__all__) <= set(listed)
    assert {"__doc__", "__name__", "__version__"} <= set(listed)
    assert listed == sorted(listed)


def test_with_options_defaults_read_as_not_given_in_help() -> None:
    """`help(kb.with_options)` shows each default by its repr: an option not given stays as it was."""
    import inspect

    from pipeline_cancel import Kubiya

    shown = str(inspect.signature(Kubiya.with_options))
    assert shown.count("= NOT_GIVEN") == 4, shown
