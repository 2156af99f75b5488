"""Article import: stored documents, claim extraction (pure), candidate matching."""
