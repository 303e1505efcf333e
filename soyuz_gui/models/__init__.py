"""Qt item models over the Qt-free catalog."""
