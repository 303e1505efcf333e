"""The timeline: a painted, zoomable, multi-lane view of a domain ``Timeline`` and the pane around it.

Rooms: ``geometry`` (pure Python: rows, hit-testing, label fitting), ``style`` (colours and shapes), ``labels``
(text in the interface language), ``painting``, ``input``, ``export``, ``accessible``, ``view`` (state and API)
and ``pane`` (toolbar and legend). Import from the room, e.g. ``from soyuz_gui.widgets.timeline.pane import
TimelinePane``: this package file stays empty so that importing one room does not load the others.
"""
