"""API tokens: stored as SHA-256 digests, expiring, listed and revoked by their owners."""
