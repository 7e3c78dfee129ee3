"""Depth Interview Workbench: analyse customer-experience depth interviews."""

__version__ = "0.1.0"
APP_NAME = "Depth Interview Workbench"
