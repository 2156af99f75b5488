"""The API's choice field: a refused value is answered with the values the field takes."""

from __future__ import annotations

from typing import Any, NoReturn

from rest_framework import serializers

# A field with more choices than this says only that the value is not one of them (the schema
# lists them all).
MAX_LISTED = 40


class ChoiceField(serializers.ChoiceField):
    """A ChoiceField whose refusal names what it takes:
    '"ClaimCorrected" is not a valid choice. Valid choices: *, claim.reported, ….'"""

    def fail(self, key: str, **kwargs: Any) -> NoReturn:
        if key == "invalid_choice":
            listed = [str(choice) for choice in self.choice_strings_to_values]
            if 0 < len(listed) <= MAX_LISTED:
                message = self.error_messages[key].format(**kwargs)
                raise serializers.ValidationError(
                    f"{message} Valid choices: {', '.join(listed)}.", code=key
                )
        super().fail(key, **kwargs)
