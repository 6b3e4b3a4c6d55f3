"""Contains all the data models used in inputs/outputs"""

from .execution_response import ExecutionResponse
from .execution_response_execution_metadata import ExecutionResponseExecutionMetadata
from .execution_response_usage import ExecutionResponseUsage
from .http_error_detail import HTTPErrorDetail
from .http_validation_error import HTTPValidationError
from .participant_response import ParticipantResponse
from .terminate_workflow_request import TerminateWorkflowRequest
from .terminate_workflow_response import TerminateWorkflowResponse
from .validation_error import ValidationError

__all__ = (
    "ExecutionResponse",
    "ExecutionResponseExecutionMetadata",
    "ExecutionResponseUsage",
    "HTTPErrorDetail",
    "HTTPValidationError",
    "ParticipantResponse",
    "TerminateWorkflowRequest",
    "TerminateWorkflowResponse",
    "ValidationError",
)
