"""Rendering a template with an order's values: the sandboxed jinja2 environment, its
filters, the preview with marks for what is missing, and the memo of earlier starts'
previews.
"""
