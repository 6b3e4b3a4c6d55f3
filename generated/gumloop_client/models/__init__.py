"""Contains all the data models used in inputs/outputs"""

from .kill_pipeline_body import KillPipelineBody
from .kill_pipeline_response_200 import KillPipelineResponse200
from .run_details import RunDetails
from .run_details_outputs import RunDetailsOutputs

__all__ = (
    "KillPipelineBody",
    "KillPipelineResponse200",
    "RunDetails",
    "RunDetailsOutputs",
)
