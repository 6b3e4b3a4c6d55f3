"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .error_status import ErrorStatus
from .pipeline_terminate_request import PipelineTerminateRequest
from .post_pipeline_id_terminate_response_200 import PostPipelineIdTerminateResponse200
from .post_pipeline_id_terminate_response_200_status import (
    PostPipelineIdTerminateResponse200Status,
)
from .post_pipeline_id_terminate_response_401 import PostPipelineIdTerminateResponse401
from .post_pipeline_id_terminate_response_401_error import (
    PostPipelineIdTerminateResponse401Error,
)

__all__ = (
    "Error",
    "ErrorStatus",
    "PipelineTerminateRequest",
    "PostPipelineIdTerminateResponse200",
    "PostPipelineIdTerminateResponse200Status",
    "PostPipelineIdTerminateResponse401",
    "PostPipelineIdTerminateResponse401Error",
)
