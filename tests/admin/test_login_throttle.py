"""Admin logins count against the per-address login rate (security checklist item 4)."""

from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client


@pytest.mark.django_db
def test_password_guessing_on_the_admin_login_gets_429(settings: Any) -> None:
    cache.clear()
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "login": "3/min",
        },
    }
    client = Client()
    answers = [
        client.post("/admin/login/", {"username": "editor", "password": f"guess-{n}"}).status_code
        for n in range(5)
    ]
    cache.clear()
    assert answers[:3] == [200, 200, 200]  # the form again, with an error
    assert answers[3:] == [429, 429]
    assert client.get("/admin/login/").status_code == 200  # reading the form is not counted
