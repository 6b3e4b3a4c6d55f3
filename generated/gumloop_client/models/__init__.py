"""Contains all the data models used in inputs/outputs"""

from .kill_pipeline_body import KillPipelineBody
from .kill_pipeline_response_200 import KillPipelineResponse200

__all__ = (
    "KillPipelineBody",
    "KillPipelineResponse200",
)
