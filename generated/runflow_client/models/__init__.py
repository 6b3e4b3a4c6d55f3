"""Contains all the data models used in inputs/outputs"""

from .cancellation_request import CancellationRequest
from .error_detail import ErrorDetail
from .error_envelope import ErrorEnvelope
from .run import Run

__all__ = (
    "CancellationRequest",
    "ErrorDetail",
    "ErrorEnvelope",
    "Run",
)
