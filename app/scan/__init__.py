"""Reading the text on kept screenshots, on the device: the OCR engine (`engine.py`), the reader
that spends it only on the parts of a frame that changed and hold text (`regions.py`), and the
background worker that reads frames that could still leave and stores suggestions (`worker.py`).

No Qt here (Pillow images in, words out) and no network, ever: the models are files on disk.
"""
