"""Reading the device's own screenshots: the OCR engine, changed-region reading, the background worker."""
