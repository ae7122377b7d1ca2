"""The running process: hardening at start and the panic pid file that lets `casevault panic` find
the window.
"""
