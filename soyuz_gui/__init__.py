"""Soyuz Mission Browser: explore crewed Soyuz spaceflights from a bundled, sourced data set."""

__version__ = "0.1.0"
APP_NAME = "Soyuz Mission Browser"
ORG_NAME = "soyuz-gui"
