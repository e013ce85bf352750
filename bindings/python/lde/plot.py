"""Charts of budgets (matplotlib, imported when a chart is drawn)."""
