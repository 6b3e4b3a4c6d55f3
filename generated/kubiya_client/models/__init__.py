"""Contains all the data models used in inputs/outputs"""

from .http_validation_error import HTTPValidationError
from .terminate_workflow_request import TerminateWorkflowRequest
from .terminate_workflow_response import TerminateWorkflowResponse
from .validation_error import ValidationError

__all__ = (
    "HTTPValidationError",
    "TerminateWorkflowRequest",
    "TerminateWorkflowResponse",
    "ValidationError",
)
