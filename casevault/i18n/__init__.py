"""Words in the user's language, shared by the command line and the window: translations, filled
placeholders, error and problem texts.
"""
