"""Plain-Python meeting model and rules. No Qt, no SQL."""
