"""Reading the text on kept screenshots, on the device: the OCR engine (`engine.py`) and the reader
that spends it only on the parts of a frame that changed and hold text (`regions.py`).

No Qt here (Pillow images in, words out) and no network, ever: the models are files on disk.
"""
