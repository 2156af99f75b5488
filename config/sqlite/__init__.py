"""The SQLite engine the settings use (base.py): Django's, with a finer wait for the write lock."""
