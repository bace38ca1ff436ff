"""Recording a meeting: audio sources, crash-safe WAV files, item marks, the
live transcript and the record screen."""
