"""`casevault <command>`: one module per command family, each with its parser and its handler.
Never imports the GUI.
"""
