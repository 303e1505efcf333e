"""The image viewer: decoding with limits (:mod:`.decode`), placement and mip-maps (:mod:`.geometry`), SVG
rendering (:mod:`.svg`), the zoom-and-pan canvas (:mod:`.canvas`, :mod:`.view`), and the pane around it with its
strip, credits, slideshow, full screen and export (:mod:`.pane` and its helpers).

Nothing is re-exported here, so importing one room does not load the others.
"""
