"""Errors the domain raises when a command is refused."""


class DomainError(Exception):
    """Base class of every refusal the domain can give."""


class CommandRejected(DomainError):
    """A command is not allowed in the current state, or its fields are invalid."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def as_dict(self) -> dict[str, list[str]]:
        return {self.field or "non_field_errors": [self.message]}


class InvalidValue(CommandRejected):
    """A value object was given impossible data (a bad amount, period or qualifier)."""
