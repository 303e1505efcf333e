"""Kiosk display mode: an unattended, touch-friendly, un-quittable presentation of the browser.

Only the Qt-free modules (``config``, ``clock``, ``session``, ``logs``, ``screensaver``) may be imported from here
without Qt; the controller and overlays live in their own modules and are imported where they are used.
"""
