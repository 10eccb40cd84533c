"""Protokollant – minutes, votes and formal extracts for a committee secretary."""

# The one place of the version: pyproject.toml reads it from here. Not looked up with
# importlib.metadata, whose import alone costs about 40 ms of every start-up.
__version__ = "0.1.0"
