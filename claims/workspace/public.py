"""What other apps' admin pages build on (the workspace's public face).

The tracker's indicator pages use these, so they look and link like the editors' own pages:
the page context (site header, breadcrumbs, review queue link), links to claims, words for
values and periods, source names, the series chart, and the read-only model admin.
"""

from claims.workspace.bases import ReadOnlyAdmin
from claims.workspace.charts import ChartPoint, Correction, series_svg
from claims.workspace.display import period_text, source_names, value_text
from claims.workspace.views import claim_url, page_context

__all__ = [
    "ChartPoint",
    "Correction",
    "ReadOnlyAdmin",
    "claim_url",
    "page_context",
    "period_text",
    "series_svg",
    "source_names",
    "value_text",
]
