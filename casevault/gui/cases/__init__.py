"""The case list side of the main window: search, filters, the paged list, the CSV import dialog."""
