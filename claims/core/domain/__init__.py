"""The claims domain in plain Python: values, events, commands, decide and evolve."""
