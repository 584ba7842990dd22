"""Test-wide setup: Prefect never touches the user's own ~/.prefect."""

import os
import tempfile

# Must happen before anything imports prefect.
_PREFECT_HOME = tempfile.mkdtemp(prefix="tdkt-test-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
