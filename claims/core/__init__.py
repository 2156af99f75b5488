"""The event-sourced core: domain, event store, services, projections, selectors, models."""
