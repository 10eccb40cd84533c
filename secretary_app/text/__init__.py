"""Rules about the text the secretary types: typography, completion, spelling. No Qt."""
