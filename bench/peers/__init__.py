"""The django-simple-history peer: a plain model whose every save is kept in a history table."""
