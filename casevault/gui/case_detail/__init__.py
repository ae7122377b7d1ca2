"""The selected case in tabs (view.py) and each tab's editor."""
