"""The public face of the tracker: server-rendered pages anyone may read (see views.py)."""
