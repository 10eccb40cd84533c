"""Errors the user is told about (the environment's or the input's fault), as opposed to bugs."""


class KnownError(Exception):
    """An error with a German message that can be shown to the secretary as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
