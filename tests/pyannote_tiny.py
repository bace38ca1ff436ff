"""A tiny pyannote pipeline with random weights, saved like a hub download.

The real ``Pipeline.from_pretrained`` path then runs offline without any
published weights (tests of the pyannote backend, and its strace check).
"""

from __future__ import annotations

import numpy as np

CONFIG = """\
pipeline:
  name: pyannote.audio.pipelines.SpeakerDiarization
  params:
    segmentation: $model/segmentation
    embedding: $model/embedding
    plda: $model/plda
    clustering: VBxClustering
    segmentation_batch_size: 4
    embedding_batch_size: 4
params:
  segmentation:
    min_duration_off: 0.0
  clustering:
    threshold: 0.6
    Fa: 0.07
    Fb: 0.8
"""


def build_tiny_pipeline(folder):
    """Random-weight segmentation + embedding models and PLDA, saved like a hub download."""
    import os

    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["PYANNOTE_METRICS_ENABLED"] = "0"
    import pytorch_lightning as pl
    import torch
    from pyannote.audio.core.task import Problem, Resolution, Specifications
    from pyannote.audio.models.embedding import XVectorSincNet
    from pyannote.audio.models.segmentation import PyanNet

    def save(model, path):
        path.parent.mkdir(parents=True, exist_ok=True)
        checkpoint = {"state_dict": model.state_dict(), "hyper_parameters": dict(model.hparams),
                      "pytorch-lightning_version": pl.__version__}
        model.on_save_checkpoint(checkpoint)  # adds pyannote's architecture/specifications block
        torch.save(checkpoint, path)

    torch.manual_seed(0)
    seg = PyanNet(sincnet={"stride": 10}, lstm={"hidden_size": 16, "num_layers": 1},
                  linear={"hidden_size": 16, "num_layers": 1})
    seg.specifications = Specifications(problem=Problem.MONO_LABEL_CLASSIFICATION, resolution=Resolution.FRAME,
                                        duration=5.0, classes=["a", "b", "c"], powerset_max_classes=2,
                                        permutation_invariant=True)
    seg.build()
    save(seg, folder / "segmentation" / "pytorch_model.bin")
    dim = 32
    emb = XVectorSincNet(dimension=dim)
    emb.specifications = Specifications(problem=Problem.REPRESENTATION, resolution=Resolution.CHUNK, duration=3.0)
    emb.build()
    save(emb, folder / "embedding" / "pytorch_model.bin")
    rng = np.random.default_rng(0)
    lda = 16
    (folder / "plda").mkdir()
    np.savez(folder / "plda" / "xvec_transform.npz", mean1=rng.normal(size=dim), mean2=rng.normal(size=lda),
             lda=rng.normal(size=(dim, lda)))
    q, _ = np.linalg.qr(rng.normal(size=(lda, lda)))
    np.savez(folder / "plda" / "plda.npz", mu=rng.normal(size=lda), tr=q, psi=rng.uniform(0.5, 2.0, size=lda))
    (folder / "config.yaml").write_text(CONFIG)
    return folder
