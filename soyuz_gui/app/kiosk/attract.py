"""The attract loop: while nobody is there, tour the playlist's missions (overview, crew, timeline, patch).

The timeline step plays the mission: the highlight walks along its items in time order during the dwell.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from soyuz_gui.app.kiosk.config import Step
from soyuz_gui.app.kiosk.controller_state import KioskState
from soyuz_gui.app.kiosk.host import KioskTimelineView, images_pane_in, timeline_pane_in
from soyuz_gui.app.kiosk.session import Phase

log = logging.getLogger("soyuz_gui.kiosk")

FALLBACK_HOME = "soyuz-ms-07"
MAX_PLAYBACK_ITEMS = 60


class AttractLoop(KioskState):
    """Chooses the home mission and the playlist, and shows the tour's steps one by one."""

    def _resolve_home(self, fallback: str | None) -> str | None:
        catalog = self._host.catalog
        candidates = [self.config.home_mission, fallback, FALLBACK_HOME]
        for candidate in candidates:
            if candidate and candidate in catalog:
                return candidate
        missions = catalog.missions()
        return missions[0].id if missions else None

    def _resolve_playlist(self) -> list[str]:
        catalog = self._host.catalog
        if self.config.playlist:
            return [m for m in self.config.playlist if m in catalog]
        missions = catalog.missions()
        crewed = [m.id for m in missions if m.vehicle_role == "crew" and m.crew]
        return crewed or [m.id for m in missions]

    def show_next_attract_step(self) -> bool:
        """Show the next step of the tour that can be shown here (missing tabs or images are skipped)."""
        for _ in range(len(self.tour)):
            item = self.tour.next()
            if item is None:
                break
            mission, step = item
            try:
                shown = self._show_step(mission, step)
            except Exception:  # a broken pane must not stop the exhibit
                log.exception("attract step %s of %s failed", step.value, mission)
                shown = False
            if shown:
                self.attract_step_shown.emit(mission, step.value)
                return True
        return False

    def _show_step(self, mission: str, step: Step) -> bool:
        self._stop_playback()
        if step == Step.OVERVIEW:
            self._show_mission(mission)
            self._show_overview_tab()
            self._scroll_details_to(0.0)
            return True
        if step == Step.CREW:
            self._show_mission(mission)
            self._show_overview_tab()
            # The heading as the page writes it, in the interface language (English text is not on a Russian page).
            y = self._heading_y(QCoreApplication.translate("DetailPages", "Crew"))
            if y is None:
                return False
            self._scroll_details_to(y)
            return True
        if step in (Step.TIMELINE, Step.PATCH):
            # Panes may be built lazily when their tab is first shown: show the tab, then look for the pane.
            tab = self.find_tab("timeline" if step == Step.TIMELINE else "image")
            if tab is None:
                return False
            self._show_mission(mission)
            self._set_current_tab(tab)
            if step == Step.TIMELINE:
                timeline = timeline_pane_in(self._host, tab)
                if timeline is None or timeline.show_mission(mission) is False:
                    return False
                self._start_playback(timeline.view)
                return True
            images = images_pane_in(self._host, tab)
            if images is None or images.show_mission(mission) is False:
                return False
            images.show_patch()  # the image pane opens on the mission's patch (or its generated emblem) first
            return True
        return False

    def _start_playback(self, view: KioskTimelineView) -> None:
        """Play the mission's timeline during the dwell: walk the view's highlight along its items in time order."""
        timeline = view.timeline
        if timeline is None:
            return
        keys: list[str] = []
        item = timeline.neighbour(None, 1)
        while item is not None and item.key not in keys and len(keys) < MAX_PLAYBACK_ITEMS:
            keys.append(item.key)
            item = timeline.neighbour(item.key, 1)
        if len(keys) < 2:
            return
        self._playback = (view, keys)
        self._playback_index = 0
        self._playback_step = max(1.0, self.config.dwell_seconds / (len(keys) + 1))
        self._playback_next = self.clock.now()
        self._advance_playback(self.clock.now())

    def _advance_playback(self, now: float) -> None:
        if self._playback is None or now < self._playback_next:
            return
        view, keys = self._playback
        if self._playback_index >= len(keys) or self.session.phase != Phase.ATTRACT:
            self._playback = None
            return
        try:
            view.set_current(keys[self._playback_index], emit=False)
        except Exception:  # the timeline may have been rebuilt under us
            log.exception("timeline playback stopped")
            self._playback = None
            return
        self._playback_index += 1
        self._playback_next = now + self._playback_step

    def _stop_playback(self) -> None:
        self._playback = None
