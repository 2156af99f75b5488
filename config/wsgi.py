"""WSGI entry point: gunicorn's `config.wsgi`, and runserver's through WSGI_APPLICATION.

The claim extractor loads on first use (claims/importing/extraction/__init__.py), so that a
`manage.py` command or a worker that reads no article never builds its regular expressions.
A web process is what reads articles (`POST /api/v1/documents/`, the admin's import page): it
loads the extractor here, before it serves, rather than make its first article wait about a
second longer than the next. `CLAIMS_WARM_EXTRACTOR=false` leaves it to the first article.
"""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

if settings.CLAIMS_WARM_EXTRACTOR:
    from claims.importing.extraction import warm

    warm()
