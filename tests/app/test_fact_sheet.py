import re

from PySide6.QtGui import QColor, QImage

from soyuz_gui.app.fact_sheet import build_document, plain_text, write_pdf


def test_pdf_is_a_readable_multi_page_file(qapp, catalog, tmp_path):
    picture = QImage(400, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("#336699"))
    document = build_document(catalog, "soyuz-ms-07", [("Emblem", picture)])
    target = tmp_path / "ms07.pdf"
    pages = write_pdf(document, target, "Soyuz MS-07")
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert pages >= 2
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == pages
    assert b"Soyuz MS-07" in data  # the document title


def test_plain_text_has_the_facts(catalog, qapp):
    text = plain_text(catalog, "soyuz-ms-07")
    assert text.startswith("Soyuz MS-07\n")
    assert "168 days 5 hours 18 minutes" in text
    assert "Anton Shkaplerov" in text
    assert "\n\n\n" not in text


def test_window_exports_and_copies(qtbot, tmp_path):
    from soyuz_gui.app.main import load_data
    from soyuz_gui.app.main_window import MainWindow
    from soyuz_gui.app.settings import Settings

    window = MainWindow(load_data([]), Settings())
    qtbot.addWidget(window)
    window.show_start_entity("anton-shkaplerov")
    assert window.export_pdf(tmp_path / "p.pdf") >= 1
    window.copy_text_action.trigger()
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().text().startswith("Anton Shkaplerov")


def test_footer_names_the_app_in_the_sheet_language(catalog, language):
    language("ru")
    footer = build_document(catalog, "soyuz-ms-07").toPlainText().rstrip().splitlines()[-1]
    assert "Браузер миссий «Союз»" in footer
    assert "Soyuz Mission Browser" not in footer
