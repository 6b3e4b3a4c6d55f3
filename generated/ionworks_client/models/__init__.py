"""Contains all the data models used in inputs/outputs"""

from .http_validation_error import HTTPValidationError
from .job_error_code import JobErrorCode
from .pipeline import Pipeline
from .pipeline_options import PipelineOptions
from .pipeline_status import PipelineStatus
from .validation_error import ValidationError
from .validation_error_context import ValidationErrorContext

__all__ = (
    "HTTPValidationError",
    "JobErrorCode",
    "Pipeline",
    "PipelineOptions",
    "PipelineStatus",
    "ValidationError",
    "ValidationErrorContext",
)
