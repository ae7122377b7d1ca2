"""The GUI's widget kit: plain-text labels and form rows, the passphrase field, the strength
meter."""
