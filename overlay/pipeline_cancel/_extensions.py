"""The names under which a call, its transport and its record talk through httpx's extensions.

Kept below all three, so that results and errors (which read these) import nothing
from the transport (which writes them).
"""

from __future__ import annotations

# Request extensions. What the call sets: its policy and limits (a vendor object's own, or a
# `with_options` copy's), the deadline no attempt or wait may pass (a time.monotonic()), and
# what to name it in a log line. What the transport records: the attempts made, why each
# earlier one was retried, and when the first began.
POLICY = "pipeline_cancel.policy"
LIMITS = "pipeline_cancel.limits"
DEADLINE = "pipeline_cancel.deadline"
OPERATION = "pipeline_cancel.operation"
ATTEMPTS = "pipeline_cancel.attempts"
RETRIED = "pipeline_cancel.retried"
STARTED = "pipeline_cancel.started"
# Response extensions, set by the transport on the answer it returns: its request id header's
# value, and the seconds from the first attempt's start to the answer's last byte.
REQUEST_ID = "pipeline_cancel.request_id"
ELAPSED = "pipeline_cancel.elapsed"
