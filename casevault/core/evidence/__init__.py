"""Evidence files (attachments): intake, chunks in the database, custody, verification, saved
copies, and what images and PDFs reveal about themselves.
"""
