"""Running large corpora: worker processes, Ray, Parquet parts, incremental runs and the run's report.

``driver.code_run`` is what ``detente code`` calls; the engines (``workers``,
``ray_engine``) only turn a stream of articles into a stream of results in
input order, so every engine gives the same records as one process.
"""

from detente.run.driver import ENGINES, RunOptions, code_run
from detente.run.report import RunReport
from detente.run.workers import code_locally, default_workers

__all__ = ["ENGINES", "RunOptions", "RunReport", "code_locally", "code_run", "default_workers"]
