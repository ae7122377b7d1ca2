"""Protection around the windows: tray icon, system-wide panic shortcut, the
operating system's lock and sleep notices on Windows and macOS, exclusion from
screen capture, input-method hints on text fields, and a new recovery key."""
