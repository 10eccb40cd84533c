"""Protokollant – minutes, votes and formal extracts for a committee secretary."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("secretary-app")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.1.0"
