"""Where Django finds the claims app's models: the core's event log and read models, and the
article importer's documents."""

from claims.core.models import *  # noqa: F403
from claims.importing.models import *  # noqa: F403
