"""Qt item models over the domain objects."""
