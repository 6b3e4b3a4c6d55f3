from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_pool_storage_configuration_bundle_execution_step_type_0 import (
        WorkPoolStorageConfigurationBundleExecutionStepType0,
    )
    from ..models.work_pool_storage_configuration_bundle_upload_step_type_0 import (
        WorkPoolStorageConfigurationBundleUploadStepType0,
    )


T = TypeVar("T", bound="WorkPoolStorageConfiguration")


@_attrs_define
class WorkPoolStorageConfiguration:
    """A representation of a work pool's storage configuration

    Attributes:
        bundle_upload_step (None | Unset | WorkPoolStorageConfigurationBundleUploadStepType0): The step to use for
            uploading bundles to storage.
        bundle_execution_step (None | Unset | WorkPoolStorageConfigurationBundleExecutionStepType0): The step to use for
            executing bundles.
        default_result_storage_block_id (None | Unset | UUID): The block document ID of the default result storage
            block.
    """

    bundle_upload_step: (
        None | Unset | WorkPoolStorageConfigurationBundleUploadStepType0
    ) = UNSET
    bundle_execution_step: (
        None | Unset | WorkPoolStorageConfigurationBundleExecutionStepType0
    ) = UNSET
    default_result_storage_block_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.work_pool_storage_configuration_bundle_execution_step_type_0 import (
            WorkPoolStorageConfigurationBundleExecutionStepType0,
        )
        from ..models.work_pool_storage_configuration_bundle_upload_step_type_0 import (
            WorkPoolStorageConfigurationBundleUploadStepType0,
        )

        bundle_upload_step: dict[str, Any] | None | Unset
        if isinstance(self.bundle_upload_step, Unset):
            bundle_upload_step = UNSET
        elif isinstance(
            self.bundle_upload_step, WorkPoolStorageConfigurationBundleUploadStepType0
        ):
            bundle_upload_step = self.bundle_upload_step.to_dict()
        else:
            bundle_upload_step = self.bundle_upload_step

        bundle_execution_step: dict[str, Any] | None | Unset
        if isinstance(self.bundle_execution_step, Unset):
            bundle_execution_step = UNSET
        elif isinstance(
            self.bundle_execution_step,
            WorkPoolStorageConfigurationBundleExecutionStepType0,
        ):
            bundle_execution_step = self.bundle_execution_step.to_dict()
        else:
            bundle_execution_step = self.bundle_execution_step

        default_result_storage_block_id: None | str | Unset
        if isinstance(self.default_result_storage_block_id, Unset):
            default_result_storage_block_id = UNSET
        elif isinstance(self.default_result_storage_block_id, UUID):
            default_result_storage_block_id = str(self.default_result_storage_block_id)
        else:
            default_result_storage_block_id = self.default_result_storage_block_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bundle_upload_step is not UNSET:
            field_dict["bundle_upload_step"] = bundle_upload_step
        if bundle_execution_step is not UNSET:
            field_dict["bundle_execution_step"] = bundle_execution_step
        if default_result_storage_block_id is not UNSET:
            field_dict["default_result_storage_block_id"] = (
                default_result_storage_block_id
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.work_pool_storage_configuration_bundle_execution_step_type_0 import (
            WorkPoolStorageConfigurationBundleExecutionStepType0,
        )
        from ..models.work_pool_storage_configuration_bundle_upload_step_type_0 import (
            WorkPoolStorageConfigurationBundleUploadStepType0,
        )

        d = dict(src_dict)

        def _parse_bundle_upload_step(
            data: object,
        ) -> None | Unset | WorkPoolStorageConfigurationBundleUploadStepType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bundle_upload_step_type_0 = (
                    WorkPoolStorageConfigurationBundleUploadStepType0.from_dict(data)
                )

                return bundle_upload_step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | WorkPoolStorageConfigurationBundleUploadStepType0, data
            )

        bundle_upload_step = _parse_bundle_upload_step(
            d.pop("bundle_upload_step", UNSET)
        )

        def _parse_bundle_execution_step(
            data: object,
        ) -> None | Unset | WorkPoolStorageConfigurationBundleExecutionStepType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bundle_execution_step_type_0 = (
                    WorkPoolStorageConfigurationBundleExecutionStepType0.from_dict(data)
                )

                return bundle_execution_step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | WorkPoolStorageConfigurationBundleExecutionStepType0,
                data,
            )

        bundle_execution_step = _parse_bundle_execution_step(
            d.pop("bundle_execution_step", UNSET)
        )

        def _parse_default_result_storage_block_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                default_result_storage_block_id_type_0 = UUID(data)

                return default_result_storage_block_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        default_result_storage_block_id = _parse_default_result_storage_block_id(
            d.pop("default_result_storage_block_id", UNSET)
        )

        work_pool_storage_configuration = cls(
            bundle_upload_step=bundle_upload_step,
            bundle_execution_step=bundle_execution_step,
            default_result_storage_block_id=default_result_storage_block_id,
        )

        return work_pool_storage_configuration
