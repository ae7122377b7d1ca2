"""The case file's records: model, validation, storage, the search index and search, vocabularies,
the audit log, CSV import and the demo cases.
"""
